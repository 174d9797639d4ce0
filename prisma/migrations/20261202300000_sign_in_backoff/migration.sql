-- CreateTable
CREATE TABLE "sign_in_backoff" (
    "account" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "blocked_until" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_backoff_pkey" PRIMARY KEY ("account")
);

-- CreateIndex
CREATE INDEX "sign_in_backoff_updated_at_idx" ON "sign_in_backoff"("updated_at");
