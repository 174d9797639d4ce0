-- AlterTable
ALTER TABLE "comparison_view" ADD COLUMN     "reach" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "visitor_salt" (
    "day" DATE NOT NULL,
    "salt" TEXT NOT NULL,

    CONSTRAINT "visitor_salt_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "comparison_visit" (
    "day" DATE NOT NULL,
    "pair_key" TEXT NOT NULL,
    "visitor" TEXT NOT NULL,

    CONSTRAINT "comparison_visit_pkey" PRIMARY KEY ("day","pair_key","visitor")
);

-- CreateTable
CREATE TABLE "comparison_reach" (
    "day" DATE NOT NULL,
    "pair_key" TEXT NOT NULL,
    "address" TEXT NOT NULL,

    CONSTRAINT "comparison_reach_pkey" PRIMARY KEY ("day","pair_key","address")
);

-- CreateIndex
CREATE INDEX "comparison_view_reach_idx" ON "comparison_view"("reach" DESC);
