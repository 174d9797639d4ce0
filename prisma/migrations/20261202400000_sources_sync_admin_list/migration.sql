-- AlterTable
ALTER TABLE "source_proposal" ADD COLUMN     "flags" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "tool_name_idx" ON "tool"("name");

-- CreateIndex
CREATE INDEX "tool_rank_idx" ON "tool"("rank" DESC);

-- CreateIndex
CREATE INDEX "tool_last_verified_at_idx" ON "tool"("last_verified_at");

-- CreateIndex
CREATE INDEX "tool_updated_at_idx" ON "tool"("updated_at" DESC);

-- CreateIndex
CREATE INDEX "source_proposal_status_tool_slug_idx" ON "source_proposal"("status", "tool_slug");

-- Written by hand (schema.prisma cannot express it): the admin's tool list
-- finds tools by part of their slug ("slug ILIKE '%flash%'"), as the name's
-- trigram index (search_documents) does for names.
CREATE INDEX "tool_slug_trgm_idx" ON "tool" USING GIN ("slug" gin_trgm_ops) WITH (fastupdate = off);
