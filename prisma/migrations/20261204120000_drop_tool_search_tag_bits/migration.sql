-- The tag bit sets of 20261203110000 outlived their use: the match graph is
-- read from tool_neighbour and tag filters use tool_search.tag_ids, so the
-- column was written on every document change and read by nothing.
ALTER TABLE "tool_search" DROP COLUMN "tag_bits";
DROP FUNCTION "tag_bits_of"(INTEGER[]);
