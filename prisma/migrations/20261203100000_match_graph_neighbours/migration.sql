-- CreateTable
CREATE TABLE "tool_neighbour" (
    "tool_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "neighbour_id" INTEGER NOT NULL,
    "strength" DOUBLE PRECISION NOT NULL,
    "shared_tags" TEXT[],
    "reason" TEXT NOT NULL,

    CONSTRAINT "tool_neighbour_pkey" PRIMARY KEY ("tool_id","position")
);

-- CreateIndex
CREATE INDEX "tool_neighbour_neighbour_id_idx" ON "tool_neighbour"("neighbour_id");

-- CreateIndex
CREATE INDEX "comparison_view_slugs_idx" ON "comparison_view" USING GIN ("slugs");

-- AddForeignKey
ALTER TABLE "tool_neighbour" ADD CONSTRAINT "tool_neighbour_tool_id_fkey" FOREIGN KEY ("tool_id") REFERENCES "tool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tool_neighbour" ADD CONSTRAINT "tool_neighbour_neighbour_id_fkey" FOREIGN KEY ("neighbour_id") REFERENCES "tool"("id") ON DELETE CASCADE ON UPDATE CASCADE;
