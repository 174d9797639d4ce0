-- The match graph ranks tools by how many capability tags they share with
-- others. Counted through arrays that is a small subquery per tool, which at
-- 100,000 tools is most of a search; as bit sets it is one AND and a popcount.
-- Tag ids from 1024 on are left out of the bits (lib/search/candidates.ts
-- counts those through the arrays, only when a search involves one).
CREATE FUNCTION "tag_bits_of"(ids INTEGER[]) RETURNS bit(1024) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(bit_or(set_bit(B'0'::bit(1024), id, 1)), B'0'::bit(1024)) FROM unnest(ids) AS id WHERE id >= 0 AND id < 1024
$$;

-- Generated, so it follows tag_ids whoever writes them (and adding it
-- rewrites the table once, building its indexes in bulk).
ALTER TABLE "tool_search" ADD COLUMN "tag_bits" bit(1024) GENERATED ALWAYS AS (tag_bits_of("tag_ids")) STORED;
