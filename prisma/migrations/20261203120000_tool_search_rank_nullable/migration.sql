-- A tool without a current Rank (retired, or no evidence: see the Rank
-- method) has a null rank, and its search document copies it.
ALTER TABLE "tool_search" ALTER COLUMN "rank" DROP NOT NULL;
DROP INDEX "tool_search_rank_idx";
CREATE INDEX "tool_search_rank_idx" ON "tool_search" ("rank" DESC NULLS LAST, "name");
