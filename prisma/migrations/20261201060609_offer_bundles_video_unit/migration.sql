-- Offers: one provider plan may bundle several tools (Google AI Pro: Gemini CLI, Jules…), so an
-- offer is unique per tool; API model ids stay unique across tools through a data check. Video
-- generation is priced per minute of video.

-- AlterEnum
ALTER TYPE "PriceUnit" ADD VALUE 'per_minute_video' AFTER 'per_minute_audio';

-- DropIndex
DROP INDEX "offer_provider_slug_model_id_key";

-- CreateIndex
CREATE INDEX "offer_provider_slug_model_id_idx" ON "offer"("provider_slug", "model_id");

-- CreateIndex
CREATE UNIQUE INDEX "offer_tool_id_provider_slug_model_id_key" ON "offer"("tool_id", "provider_slug", "model_id");
