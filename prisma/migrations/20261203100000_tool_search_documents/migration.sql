-- One search document per tool (lib/search). Written by hand: Prisma's schema
-- cannot express tsvector columns, GIN or trigram indexes, or triggers.
-- tests/integration/migrations.test.ts lists these objects as the only ones
-- the database has beyond schema.prisma.
--
-- Why a table of its own: a search touches thousands of candidate rows, so
-- they must be narrow. Everything a search filters, ranks and counts by lives
-- in this row (its long document is stored out of line and only read through
-- its index), so a search never reads the wide tool rows or capabilities.

-- The per-tool vectors on "tool" are replaced by the document below.
DROP TRIGGER "capability_inserted" ON "capability";
DROP TRIGGER "capability_updated" ON "capability";
DROP TRIGGER "capability_deleted" ON "capability";
DROP TRIGGER "capability_tagging_inserted" ON "capability_tagging";
DROP TRIGGER "capability_tagging_updated" ON "capability_tagging";
DROP TRIGGER "capability_tagging_deleted" ON "capability_tagging";
DROP FUNCTION "capability_changed"();
DROP FUNCTION "capability_tagging_changed"();
DROP FUNCTION "refresh_tool_search"(INTEGER[]);
DROP INDEX "tool_search_vector_idx";
DROP INDEX "tool_capability_vector_idx";
DROP INDEX "tool_tag_ids_idx";
DROP INDEX "tool_vendor_trgm_idx";
ALTER TABLE "tool" DROP COLUMN "search_vector", DROP COLUMN "capability_vector", DROP COLUMN "tag_ids";

CREATE TABLE "tool_search" (
  "tool_id" INTEGER PRIMARY KEY REFERENCES "tool"("id") ON DELETE CASCADE,
  "published" BOOLEAN NOT NULL,
  "status" TEXT NOT NULL,
  "kind" TEXT NOT NULL,
  "category" TEXT NOT NULL,
  "pricing" TEXT NOT NULL,
  "free_tier" BOOLEAN NOT NULL,
  "rank" INTEGER NOT NULL,
  "name" TEXT NOT NULL,
  "slug" TEXT NOT NULL,
  "vendor" TEXT NOT NULL,
  "tag_ids" INTEGER[] NOT NULL,
  -- The current starting price, already in the stored (normalised) unit.
  "start_amount" DECIMAL(18, 8),
  "start_unit" TEXT,
  "start_currency" TEXT,
  -- Name and slug words (A) and vendor (B): short, so it stays in the row.
  "name_document" tsvector NOT NULL,
  -- Everything searchable, weighted: A name and slug words, B vendor and tag
  -- names, C summary and capability titles, D the capabilities' texts.
  "document" tsvector NOT NULL
);

CREATE FUNCTION "refresh_tool_search"(tool_ids INTEGER[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "tool_search" WHERE "tool_id" = ANY(tool_ids) AND NOT EXISTS (SELECT 1 FROM "tool" WHERE "id" = "tool_id");
  INSERT INTO "tool_search"
  SELECT t."id", t."published", t."status"::text, t."kind"::text, t."category"::text, t."pricing_model"::text, t."free_tier", t."rank",
         t."name", t."slug", t."vendor", coalesce(tags."ids", '{}'), price."amount", price."unit"::text, price."currency",
         setweight(to_tsvector('english'::regconfig, t."name" || ' ' || replace(t."slug", '-', ' ')), 'A') ||
         setweight(to_tsvector('english'::regconfig, t."vendor"), 'B'),
         setweight(to_tsvector('english'::regconfig, t."name" || ' ' || replace(t."slug", '-', ' ')), 'A') ||
         setweight(to_tsvector('english'::regconfig, t."vendor" || ' ' || coalesce(tags."names", '')), 'B') ||
         setweight(to_tsvector('english'::regconfig, t."summary" || ' ' || coalesce(caps."titles", '')), 'C') ||
         setweight(to_tsvector('english'::regconfig, coalesce(caps."texts", '')), 'D')
  FROM "tool" t
  LEFT JOIN LATERAL (
    SELECT string_agg(c."title", ' ' ORDER BY c."position", c."id") AS "titles",
           string_agg(c."description" || ' ' || c."unique" || ' ' || c."vs_alternatives", ' ' ORDER BY c."position", c."id") AS "texts"
    FROM "capability" c WHERE c."tool_id" = t."id") caps ON true
  LEFT JOIN LATERAL (
    SELECT array_agg(tag."id" ORDER BY tag."id") AS "ids", string_agg(tag."name", ' ' ORDER BY tag."id") AS "names"
    FROM "capability_tag" tag
    WHERE tag."id" IN (SELECT ct."tag_id" FROM "capability" c JOIN "capability_tagging" ct ON ct."capability_id" = c."id" WHERE c."tool_id" = t."id")) tags ON true
  LEFT JOIN LATERAL (
    SELECT p."amount", p."unit", p."currency" FROM "price_point" p
    WHERE p."tool_id" = t."id" AND p."is_starting" AND p."valid_to" IS NULL ORDER BY p."position" LIMIT 1) price ON true
  WHERE t."id" = ANY(tool_ids)
  ON CONFLICT ("tool_id") DO UPDATE SET
    "published" = EXCLUDED."published", "status" = EXCLUDED."status", "kind" = EXCLUDED."kind", "category" = EXCLUDED."category",
    "pricing" = EXCLUDED."pricing", "free_tier" = EXCLUDED."free_tier", "rank" = EXCLUDED."rank", "name" = EXCLUDED."name",
    "slug" = EXCLUDED."slug", "vendor" = EXCLUDED."vendor", "tag_ids" = EXCLUDED."tag_ids", "start_amount" = EXCLUDED."start_amount",
    "start_unit" = EXCLUDED."start_unit", "start_currency" = EXCLUDED."start_currency",
    "name_document" = EXCLUDED."name_document", "document" = EXCLUDED."document";
$$;

-- Every table a document is built from refreshes the documents of the tools
-- its changed rows belong to, once per statement, in the writing transaction:
-- an edit is searchable as soon as it is committed, whoever made it (admin
-- form, accepted proposal, seed, import).
CREATE FUNCTION "tool_search_parts_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids INTEGER[] := '{}';
BEGIN
  -- plpgsql plans each statement on first use, per table, so a branch may
  -- name a transition table only the operations reaching it have.
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    IF TG_TABLE_NAME = 'capability_tagging' THEN
      ids := ids || ARRAY(SELECT c."tool_id" FROM "capability" c WHERE c."id" IN (SELECT "capability_id" FROM old_rows));
    ELSIF TG_TABLE_NAME IN ('capability', 'price_point') THEN
      ids := ids || ARRAY(SELECT "tool_id" FROM old_rows);
    END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    IF TG_TABLE_NAME = 'capability_tagging' THEN
      ids := ids || ARRAY(SELECT c."tool_id" FROM "capability" c WHERE c."id" IN (SELECT "capability_id" FROM new_rows));
    ELSIF TG_TABLE_NAME IN ('capability', 'price_point') THEN
      ids := ids || ARRAY(SELECT "tool_id" FROM new_rows);
    ELSIF TG_TABLE_NAME = 'capability_tag' THEN
      ids := ids || ARRAY(SELECT "tool_id" FROM "tool_search" WHERE "tag_ids" && ARRAY(SELECT "id" FROM new_rows));
    END IF;
  END IF;
  PERFORM "refresh_tool_search"(ARRAY(SELECT DISTINCT unnest(ids)));
  RETURN NULL;
END $$;

CREATE TRIGGER "capability_search_inserted" AFTER INSERT ON "capability"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tool_search_parts_changed"();
CREATE TRIGGER "capability_search_updated" AFTER UPDATE ON "capability"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tool_search_parts_changed"();
CREATE TRIGGER "capability_search_deleted" AFTER DELETE ON "capability"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "tool_search_parts_changed"();
CREATE TRIGGER "capability_tagging_search_inserted" AFTER INSERT ON "capability_tagging"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tool_search_parts_changed"();
CREATE TRIGGER "capability_tagging_search_updated" AFTER UPDATE ON "capability_tagging"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tool_search_parts_changed"();
CREATE TRIGGER "capability_tagging_search_deleted" AFTER DELETE ON "capability_tagging"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "tool_search_parts_changed"();
CREATE TRIGGER "price_point_search_inserted" AFTER INSERT ON "price_point"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tool_search_parts_changed"();
CREATE TRIGGER "price_point_search_updated" AFTER UPDATE ON "price_point"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tool_search_parts_changed"();
CREATE TRIGGER "price_point_search_deleted" AFTER DELETE ON "price_point"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "tool_search_parts_changed"();
CREATE TRIGGER "capability_tag_search_updated" AFTER UPDATE ON "capability_tag"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tool_search_parts_changed"();

-- Tools: per row, so that the frequent updates that change nothing searched
-- (times matched, version, verification dates) skip the trigger entirely,
-- and a new Rank alone is copied without rebuilding the document.
CREATE FUNCTION "tool_search_tool_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD."name", OLD."slug", OLD."vendor", OLD."summary", OLD."kind", OLD."category", OLD."pricing_model", OLD."free_tier", OLD."status", OLD."published")
     IS NOT DISTINCT FROM (NEW."name", NEW."slug", NEW."vendor", NEW."summary", NEW."kind", NEW."category", NEW."pricing_model", NEW."free_tier", NEW."status", NEW."published") THEN
    UPDATE "tool_search" SET "rank" = NEW."rank" WHERE "tool_id" = NEW."id";
  ELSE
    PERFORM "refresh_tool_search"(ARRAY[NEW."id"]);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "tool_search_inserted" AFTER INSERT ON "tool" FOR EACH ROW EXECUTE FUNCTION "tool_search_tool_changed"();
CREATE TRIGGER "tool_search_updated" AFTER UPDATE ON "tool" FOR EACH ROW
  WHEN ((OLD."name", OLD."slug", OLD."vendor", OLD."summary", OLD."kind", OLD."category", OLD."pricing_model", OLD."free_tier", OLD."status", OLD."published", OLD."rank")
        IS DISTINCT FROM (NEW."name", NEW."slug", NEW."vendor", NEW."summary", NEW."kind", NEW."category", NEW."pricing_model", NEW."free_tier", NEW."status", NEW."published", NEW."rank"))
  EXECUTE FUNCTION "tool_search_tool_changed"();

SELECT "refresh_tool_search"(ARRAY(SELECT "id" FROM "tool"));

-- fastupdate off: the catalogue is read far more than written, and a GIN
-- pending list left between vacuums makes every search scan it.
CREATE INDEX "tool_search_document_idx" ON "tool_search" USING GIN ("document") WITH (fastupdate = off);
CREATE INDEX "tool_search_name_document_idx" ON "tool_search" USING GIN ("name_document") WITH (fastupdate = off);
CREATE INDEX "tool_search_tag_ids_idx" ON "tool_search" USING GIN ("tag_ids") WITH (fastupdate = off);
-- Trigram only where typos happen: names and vendors, never long texts.
CREATE INDEX "tool_search_name_trgm_idx" ON "tool_search" USING GIN ("name" gin_trgm_ops) WITH (fastupdate = off);
CREATE INDEX "tool_search_vendor_trgm_idx" ON "tool_search" USING GIN ("vendor" gin_trgm_ops) WITH (fastupdate = off);
-- Listing by filters alone, and the price order of "cheapest".
CREATE INDEX "tool_search_rank_idx" ON "tool_search" ("rank" DESC, "name");
CREATE INDEX "tool_search_category_price_idx" ON "tool_search" ("category", "start_unit", "start_amount");
-- Suggestions as you type: capability titles by their first letters.
CREATE INDEX "capability_title_prefix_idx" ON "capability" (lower("title") text_pattern_ops);
