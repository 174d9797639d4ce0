-- DropIndex
DROP INDEX "tool_published_rank_idx";

-- DropIndex
DROP INDEX "tool_rank_idx";

-- AlterTable
ALTER TABLE "tool" ADD COLUMN     "provisional" BOOLEAN NOT NULL DEFAULT true,
ALTER COLUMN "rank" DROP NOT NULL,
ALTER COLUMN "rank" DROP DEFAULT;

-- AlterTable
ALTER TABLE "score_snapshot" ADD COLUMN     "coverage" INTEGER,
ADD COLUMN     "freshness" INTEGER,
ADD COLUMN     "provisional" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "rank_high" INTEGER,
ADD COLUMN     "rank_low" INTEGER,
ADD COLUMN     "signal_counts" JSONB,
ALTER COLUMN "rank" DROP NOT NULL,
ALTER COLUMN "adoption" DROP NOT NULL,
ALTER COLUMN "quality" DROP NOT NULL,
ALTER COLUMN "ecosystem" DROP NOT NULL,
ALTER COLUMN "match_graph" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "tool_published_kind_provisional_rank_idx" ON "tool"("published", "kind", "provisional", "rank" DESC);

-- Written by hand (schema.prisma cannot say NULLS LAST): Rank order puts provisional Ranks after settled ones
-- and tools with no Rank last; the catalogue, Top tools and search read it through these.
CREATE INDEX "tool_rank_order_idx" ON "tool"("published", "provisional", "rank" DESC NULLS LAST, "name");
CREATE INDEX "tool_rank_nulls_last_idx" ON "tool"("rank" DESC NULLS LAST, "name");
