-- The vendors search documents name, each once (lib/search/candidates.ts).
-- Written by hand, like the other search objects (see
-- tests/integration/migrations.test.ts).
--
-- A search compares the words with each vendor's name for typos
-- ("antropic"). Compared per tool, a popular vendor was checked once for
-- every tool it makes (720 times in the bench's 10,000-tool catalogue);
-- compared here, once. Its tools are then read by the vendor's name.
CREATE TABLE "search_vendor" ("vendor" TEXT PRIMARY KEY);
CREATE INDEX "search_vendor_trgm_idx" ON "search_vendor" USING gin ("vendor" gin_trgm_ops);
CREATE INDEX "tool_search_vendor_idx" ON "tool_search" ("vendor");
DROP INDEX "tool_search_vendor_trgm_idx";

INSERT INTO "search_vendor" SELECT DISTINCT "vendor" FROM "tool_search";

-- Every vendor a search document is written with is listed. One no tool
-- names any more stays listed: it finds nothing, and the list stays small.
CREATE FUNCTION "search_vendor_listed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_vendor" SELECT DISTINCT "vendor" FROM new_rows ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "tool_search_vendor_inserted" AFTER INSERT ON "tool_search"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_vendor_listed"();

-- A changed vendor, row by row: the UPDATEs that copy a Rank alone (one per
-- tool when scores are recomputed) do not set the vendor and never fire it.
-- (A statement trigger with a transition table cannot name columns.)
CREATE FUNCTION "search_vendor_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_vendor" VALUES (NEW."vendor") ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "tool_search_vendor_updated" AFTER UPDATE OF "vendor" ON "tool_search"
  FOR EACH ROW WHEN (OLD."vendor" IS DISTINCT FROM NEW."vendor") EXECUTE FUNCTION "search_vendor_changed"();
