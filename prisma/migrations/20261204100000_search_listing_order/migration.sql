-- Listing without words (filters only, "cheapest X") in the order search
-- shows it, straight from an index with an early limit, rather than sorting
-- every published tool: at 100,000 tools that sort was most of a search.

-- Retired and archived tools come after the usable ones (lib/lifecycle.ts,
-- GONE_STATUSES; tests/integration/search-plan.test.ts checks they agree).
-- A column, so an index can lead with it.
ALTER TABLE "tool_search" ADD COLUMN "gone" BOOLEAN GENERATED ALWAYS AS ("status" IN ('retired', 'archived')) STORED;

-- The search order without relevance (lib/search/result-set.ts): usable
-- first, then ranked, provisional, unranked; Rank; name; slug.
DROP INDEX "tool_search_rank_idx";
-- Suggestions as you type read it alone (an index-only scan) when the typed
-- words start a word of many names: so it carries their kind and vendor too.
CREATE INDEX "tool_search_listing_idx" ON "tool_search" ("gone", "provisional", "rank" DESC NULLS LAST, "name", "slug") INCLUDE ("kind", "vendor") WHERE "published";

-- The price order within one category and price unit.
DROP INDEX "tool_search_category_price_idx";
CREATE INDEX "tool_search_price_listing_idx" ON "tool_search" ("category", "start_unit", "gone", "start_amount", "provisional", "rank" DESC NULLS LAST, "name", "slug")
  WHERE "published" AND "start_unit" IS NOT NULL;

-- A tool named by its slug ("cheaper than X", "X alternative"): without this
-- the lookup read every search document.
CREATE INDEX "tool_search_slug_idx" ON "tool_search" ("slug");
