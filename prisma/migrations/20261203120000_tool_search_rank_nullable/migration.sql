-- The Rank method (rank_evidence) makes a tool's rank null when it has no
-- current Rank (retired, no evidence) and marks thin evidence provisional;
-- search documents copy both, so search orders as the catalogue does:
-- ranked tools first, then provisional ones, then those without a Rank.
ALTER TABLE "tool_search" ALTER COLUMN "rank" DROP NOT NULL;
ALTER TABLE "tool_search" ADD COLUMN "provisional" BOOLEAN NOT NULL DEFAULT false;
UPDATE "tool_search" s SET "provisional" = t."provisional" FROM "tool" t WHERE t."id" = s."tool_id";

CREATE OR REPLACE FUNCTION "tool_search_tool_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD."name", OLD."slug", OLD."vendor", OLD."summary", OLD."kind", OLD."category", OLD."pricing_model", OLD."free_tier", OLD."status", OLD."published")
     IS NOT DISTINCT FROM (NEW."name", NEW."slug", NEW."vendor", NEW."summary", NEW."kind", NEW."category", NEW."pricing_model", NEW."free_tier", NEW."status", NEW."published") THEN
    UPDATE "tool_search" SET "rank" = NEW."rank", "provisional" = NEW."provisional" WHERE "tool_id" = NEW."id";
  ELSE
    PERFORM "refresh_tool_search"(ARRAY[NEW."id"]);
    UPDATE "tool_search" SET "provisional" = NEW."provisional" WHERE "tool_id" = NEW."id";
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER "tool_search_updated" ON "tool";
CREATE TRIGGER "tool_search_updated" AFTER UPDATE ON "tool" FOR EACH ROW
  WHEN ((OLD."name", OLD."slug", OLD."vendor", OLD."summary", OLD."kind", OLD."category", OLD."pricing_model", OLD."free_tier", OLD."status", OLD."published", OLD."rank", OLD."provisional")
        IS DISTINCT FROM (NEW."name", NEW."slug", NEW."vendor", NEW."summary", NEW."kind", NEW."category", NEW."pricing_model", NEW."free_tier", NEW."status", NEW."published", NEW."rank", NEW."provisional"))
  EXECUTE FUNCTION "tool_search_tool_changed"();

DROP INDEX "tool_search_rank_idx";
CREATE INDEX "tool_search_rank_idx" ON "tool_search" ("provisional", "rank" DESC NULLS LAST, "name");
