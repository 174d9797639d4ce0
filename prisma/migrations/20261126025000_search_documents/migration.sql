-- Search over the catalogue (lib/search). Written by hand: Prisma's schema
-- cannot express generated tsvector columns, trigger-maintained columns, GIN
-- indexes or trigram operator classes. tests/integration/migrations.test.ts
-- lists these objects as the only ones the database has beyond schema.prisma.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Weighted documents kept up to date by PostgreSQL itself. A counts most.
ALTER TABLE "tool" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "name"), 'A') ||
  setweight(to_tsvector('english'::regconfig, "vendor"), 'B') ||
  setweight(to_tsvector('english'::regconfig, "summary"), 'C')
) STORED;

ALTER TABLE "capability" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
  setweight(to_tsvector('english'::regconfig, "description"), 'B') ||
  setweight(to_tsvector('english'::regconfig, "unique"), 'C') ||
  setweight(to_tsvector('english'::regconfig, "vs_alternatives"), 'D')
) STORED;

ALTER TABLE "capability_tag" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "name"), 'A') ||
  setweight(to_tsvector('english'::regconfig, "definition"), 'B')
) STORED;

-- Per tool, what its capabilities say and which tags they carry, so a search
-- ranks and counts tools without touching every capability row. Maintained
-- by the triggers below on every change to capabilities and their tags.
ALTER TABLE "tool" ADD COLUMN "capability_vector" tsvector NOT NULL DEFAULT ''::tsvector;
ALTER TABLE "tool" ADD COLUMN "tag_ids" INTEGER[] NOT NULL DEFAULT '{}';

CREATE FUNCTION "refresh_tool_search"(tool_ids INTEGER[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "tool" t SET
    "capability_vector" = coalesce((
      SELECT setweight(to_tsvector('english'::regconfig, string_agg(c."title", ' ')), 'A') ||
             setweight(to_tsvector('english'::regconfig, string_agg(c."description", ' ')), 'B') ||
             setweight(to_tsvector('english'::regconfig, string_agg(c."unique", ' ')), 'C') ||
             setweight(to_tsvector('english'::regconfig, string_agg(c."vs_alternatives", ' ')), 'D')
      FROM "capability" c WHERE c."tool_id" = t."id"), ''::tsvector),
    "tag_ids" = coalesce((
      SELECT array_agg(DISTINCT ct."tag_id" ORDER BY ct."tag_id")
      FROM "capability" c JOIN "capability_tagging" ct ON ct."capability_id" = c."id"
      WHERE c."tool_id" = t."id"), '{}')
  WHERE t."id" = ANY(tool_ids);
$$;

CREATE FUNCTION "capability_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM "refresh_tool_search"(ARRAY(SELECT DISTINCT "tool_id" FROM old_rows));
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM "refresh_tool_search"(ARRAY(SELECT DISTINCT "tool_id" FROM new_rows));
  END IF;
  RETURN NULL;
END $$;

-- Deleting a capability deletes its taggings first (cascade), so the
-- capability trigger sees them gone; tagging triggers cover tag edits.
CREATE FUNCTION "capability_tagging_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM "refresh_tool_search"(ARRAY(SELECT DISTINCT c."tool_id" FROM old_rows o JOIN "capability" c ON c."id" = o."capability_id"));
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM "refresh_tool_search"(ARRAY(SELECT DISTINCT c."tool_id" FROM new_rows n JOIN "capability" c ON c."id" = n."capability_id"));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "capability_inserted" AFTER INSERT ON "capability"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "capability_changed"();
CREATE TRIGGER "capability_updated" AFTER UPDATE ON "capability"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "capability_changed"();
CREATE TRIGGER "capability_deleted" AFTER DELETE ON "capability"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "capability_changed"();
CREATE TRIGGER "capability_tagging_inserted" AFTER INSERT ON "capability_tagging"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "capability_tagging_changed"();
CREATE TRIGGER "capability_tagging_updated" AFTER UPDATE ON "capability_tagging"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "capability_tagging_changed"();
CREATE TRIGGER "capability_tagging_deleted" AFTER DELETE ON "capability_tagging"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "capability_tagging_changed"();

-- fastupdate off: the catalogue is read far more than written, and a GIN
-- pending list left between vacuums makes every search scan it.
CREATE INDEX "tool_search_vector_idx" ON "tool" USING GIN ("search_vector") WITH (fastupdate = off);
CREATE INDEX "tool_capability_vector_idx" ON "tool" USING GIN ("capability_vector") WITH (fastupdate = off);
CREATE INDEX "tool_tag_ids_idx" ON "tool" USING GIN ("tag_ids") WITH (fastupdate = off);
CREATE INDEX "capability_tag_search_vector_idx" ON "capability_tag" USING GIN ("search_vector") WITH (fastupdate = off);

-- Typos and partial names ("gemni flash", "dream booth", "lang").
CREATE INDEX "tool_name_trgm_idx" ON "tool" USING GIN ("name" gin_trgm_ops) WITH (fastupdate = off);
CREATE INDEX "tool_vendor_trgm_idx" ON "tool" USING GIN ("vendor" gin_trgm_ops) WITH (fastupdate = off);
