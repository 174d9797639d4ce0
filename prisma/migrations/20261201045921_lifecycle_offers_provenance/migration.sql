-- Lifecycle, offers with dated price history, provenance on every fact,
-- structured model facts and source proposals (issue "Data that stays true").
-- Generated from schema.prisma, then edited so an existing database upgrades:
-- columns that become NOT NULL are added nullable, filled from what the old
-- rows knew (each tool's prices become one offer of its vendor; the old
-- "as of" date becomes the source date and the start of validity; the
-- website stands in as the status source), and only then made NOT NULL.

-- CreateEnum
CREATE TYPE "ToolCategory" AS ENUM ('llm', 'image_model', 'video_model', 'speech_to_text', 'text_to_speech', 'embedding_model', 'coding_agent', 'chat_assistant', 'app_framework', 'agent_framework', 'inference_engine', 'local_runner', 'vector_database', 'fine_tuning', 'ml_library', 'image_interface', 'llm_observability', 'evaluation', 'experiment_tracking', 'inference_platform', 'dataset');

-- CreateEnum
CREATE TYPE "LifecycleStatus" AS ENUM ('active', 'preview', 'deprecated', 'retired', 'archived');

-- CreateEnum
CREATE TYPE "Evidence" AS ENUM ('measured', 'vendor', 'estimated');

-- CreateEnum
CREATE TYPE "PriceMeter" AS ENUM ('input', 'cached_input', 'cache_write', 'output', 'other');

-- CreateEnum
CREATE TYPE "FactKey" AS ENUM ('context_window', 'max_output_tokens', 'input_modalities', 'output_modalities', 'open_weights', 'release_date', 'knowledge_cutoff', 'tool_calling', 'reasoning');

-- CreateEnum
CREATE TYPE "ProposalKind" AS ENUM ('new_tool', 'new_offer', 'price_change', 'status_change', 'fact_change');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('pending', 'accepted', 'rejected');

-- DropIndex
DROP INDEX "price_point_tool_id_position_idx";

-- AlterTable
ALTER TABLE "tool" ADD COLUMN     "category" "ToolCategory",
ADD COLUMN     "status" "LifecycleStatus" NOT NULL DEFAULT 'active',
ADD COLUMN     "status_checked_at" DATE,
ADD COLUMN     "status_date" DATE,
ADD COLUMN     "status_evidence" "Evidence",
ADD COLUMN     "status_source_date" DATE,
ADD COLUMN     "status_source_url" TEXT,
ADD COLUMN     "status_via" TEXT,
ADD COLUMN     "successor_id" INTEGER;

-- Existing tools get the job they do: the catalogue's tools as of this
-- migration by name, any other by its kind (editors can correct it).
UPDATE "tool" t SET "category" = coalesce(known."category", CASE t."kind"
    WHEN 'model' THEN 'llm' WHEN 'dataset' THEN 'dataset' WHEN 'app' THEN 'chat_assistant'
    WHEN 'agent' THEN 'coding_agent' WHEN 'api' THEN 'inference_platform' WHEN 'platform' THEN 'inference_platform'
    ELSE 'ml_library' END)::"ToolCategory"
FROM "tool" t2 LEFT JOIN (VALUES
  ('claude-3-5-haiku', 'llm'),
  ('claude-opus-4', 'llm'),
  ('claude-sonnet-4', 'llm'),
  ('cohere-command-r-plus', 'llm'),
  ('deepseek-r1', 'llm'),
  ('deepseek-v3', 'llm'),
  ('gemini-2-0-flash-lite', 'llm'),
  ('gemini-2-5-flash', 'llm'),
  ('gemini-2-5-pro', 'llm'),
  ('gemma-2-9b', 'llm'),
  ('gpt-4-1', 'llm'),
  ('gpt-4o-mini', 'llm'),
  ('gpt-4o', 'llm'),
  ('llama-3-1-8b-instruct', 'llm'),
  ('llama-3-3-70b-instruct', 'llm'),
  ('mistral-7b-instruct', 'llm'),
  ('mistral-large', 'llm'),
  ('openai-o3', 'llm'),
  ('qwen-2-5-72b-instruct', 'llm'),
  ('dall-e-3', 'image_model'),
  ('flux-1-dev', 'image_model'),
  ('stable-diffusion-3-5-large', 'image_model'),
  ('stable-diffusion-xl', 'image_model'),
  ('midjourney', 'image_model'),
  ('runway-gen-3-alpha', 'video_model'),
  ('whisper', 'speech_to_text'),
  ('assemblyai', 'speech_to_text'),
  ('deepgram-nova-3', 'speech_to_text'),
  ('elevenlabs', 'text_to_speech'),
  ('cohere-embed-v3', 'embedding_model'),
  ('openai-text-embedding-3-small', 'embedding_model'),
  ('aider', 'coding_agent'),
  ('claude-code', 'coding_agent'),
  ('cursor', 'coding_agent'),
  ('github-copilot', 'coding_agent'),
  ('openai-codex-cli', 'coding_agent'),
  ('chatgpt', 'chat_assistant'),
  ('perplexity', 'chat_assistant'),
  ('langchain', 'app_framework'),
  ('llamaindex', 'app_framework'),
  ('autogen', 'agent_framework'),
  ('crewai', 'agent_framework'),
  ('langgraph', 'agent_framework'),
  ('sglang', 'inference_engine'),
  ('text-generation-inference', 'inference_engine'),
  ('vllm', 'inference_engine'),
  ('llama-cpp', 'inference_engine'),
  ('ollama', 'local_runner'),
  ('chroma', 'vector_database'),
  ('faiss', 'vector_database'),
  ('milvus', 'vector_database'),
  ('pgvector', 'vector_database'),
  ('pinecone', 'vector_database'),
  ('qdrant', 'vector_database'),
  ('weaviate', 'vector_database'),
  ('axolotl', 'fine_tuning'),
  ('peft', 'fine_tuning'),
  ('unsloth', 'fine_tuning'),
  ('dreambooth-stable-diffusion', 'fine_tuning'),
  ('huggingface-transformers', 'ml_library'),
  ('diffusers', 'ml_library'),
  ('comfyui', 'image_interface'),
  ('automatic1111-stable-diffusion-webui', 'image_interface'),
  ('mlflow', 'experiment_tracking'),
  ('weights-and-biases', 'experiment_tracking'),
  ('groq', 'inference_platform'),
  ('openrouter', 'inference_platform'),
  ('dolma', 'dataset'),
  ('fineweb', 'dataset'),
  ('redpajama-data-v2', 'dataset')
) AS known ("slug", "category") ON known."slug" = t2."slug"
WHERE t2."id" = t."id";
UPDATE "tool" SET "status_source_url" = "website", "status_source_date" = "last_verified_at",
  "status_checked_at" = "last_verified_at", "status_evidence" = 'vendor';
ALTER TABLE "tool" ALTER COLUMN "category" SET NOT NULL,
ALTER COLUMN "status_checked_at" SET NOT NULL,
ALTER COLUMN "status_evidence" SET NOT NULL,
ALTER COLUMN "status_source_date" SET NOT NULL,
ALTER COLUMN "status_source_url" SET NOT NULL;

-- AlterTable
ALTER TABLE "capability" ADD COLUMN     "derived" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "sources" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "offer" (
    "id" SERIAL NOT NULL,
    "tool_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_slug" TEXT NOT NULL,
    "model_id" TEXT NOT NULL,
    "url" TEXT,
    "status" "LifecycleStatus",
    "status_date" DATE,
    "status_source_url" TEXT,
    "status_source_date" DATE,
    "status_checked_at" DATE,
    "status_evidence" "Evidence",
    "status_via" TEXT,

    CONSTRAINT "offer_pkey" PRIMARY KEY ("id")
);

-- Each tool's existing prices become one offer, sold by its vendor.
INSERT INTO "offer" ("tool_id", "position", "provider", "provider_slug", "model_id", "url")
SELECT t."id", 0, t."vendor", trim(BOTH '-' FROM regexp_replace(lower(t."vendor"), '[^a-z0-9]+', '-', 'g')), t."slug", t."website"
FROM "tool" t WHERE EXISTS (SELECT 1 FROM "price_point" p WHERE p."tool_id" = t."id");

-- AlterTable
ALTER TABLE "price_point" ADD COLUMN     "batch" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "checked_at" DATE,
ADD COLUMN     "evidence" "Evidence",
ADD COLUMN     "meter" "PriceMeter",
ADD COLUMN     "offer_id" INTEGER,
ADD COLUMN     "source_date" DATE,
ADD COLUMN     "source_url" TEXT,
ADD COLUMN     "tier_from" INTEGER,
ADD COLUMN     "valid_from" DATE,
ADD COLUMN     "valid_to" DATE,
ADD COLUMN     "via" TEXT;

UPDATE "price_point" p SET
  "offer_id" = o."id",
  "meter" = (CASE
    WHEN p."label" ILIKE '%cache write%' OR p."label" ILIKE '%cache storage%' THEN 'cache_write'
    WHEN p."label" ILIKE '%cache%' THEN 'cached_input'
    WHEN p."unit" = 'per_1m_output_tokens' THEN 'output'
    WHEN p."unit" = 'per_1m_input_tokens' THEN 'input'
    ELSE 'other' END)::"PriceMeter",
  "batch" = p."label" ILIKE '%batch%',
  "valid_from" = p."as_of",
  "source_url" = coalesce(o."url", t."website"),
  "source_date" = p."as_of",
  "checked_at" = greatest(p."as_of", t."last_verified_at"),
  "evidence" = 'vendor'
FROM "offer" o JOIN "tool" t ON t."id" = o."tool_id"
WHERE o."tool_id" = p."tool_id";

ALTER TABLE "price_point" DROP COLUMN "as_of",
ALTER COLUMN "checked_at" SET NOT NULL,
ALTER COLUMN "evidence" SET NOT NULL,
ALTER COLUMN "meter" SET NOT NULL,
ALTER COLUMN "offer_id" SET NOT NULL,
ALTER COLUMN "source_date" SET NOT NULL,
ALTER COLUMN "source_url" SET NOT NULL,
ALTER COLUMN "valid_from" SET NOT NULL;

-- AlterTable
ALTER TABLE "score_signal" ADD COLUMN     "checked_at" DATE,
ADD COLUMN     "evidence" "Evidence",
ADD COLUMN     "rounded" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "source_date" DATE,
ADD COLUMN     "source_url" TEXT,
ADD COLUMN     "via" TEXT;

UPDATE "score_signal" s SET "source_url" = s."source", "source_date" = s."observed_at",
  "checked_at" = greatest(s."observed_at", t."last_verified_at"),
  "evidence" = (CASE WHEN s."kind" IN ('reported_users', 'official_integrations', 'sdk_languages') THEN 'vendor' ELSE 'measured' END)::"Evidence"
FROM "tool" t WHERE t."id" = s."tool_id";

ALTER TABLE "score_signal" DROP COLUMN "observed_at",
DROP COLUMN "source",
ALTER COLUMN "checked_at" SET NOT NULL,
ALTER COLUMN "evidence" SET NOT NULL,
ALTER COLUMN "source_date" SET NOT NULL,
ALTER COLUMN "source_url" SET NOT NULL;

-- CreateTable
CREATE TABLE "tool_fact" (
    "id" SERIAL NOT NULL,
    "tool_id" INTEGER NOT NULL,
    "key" "FactKey" NOT NULL,
    "value" JSONB NOT NULL,
    "source_url" TEXT NOT NULL,
    "source_date" DATE NOT NULL,
    "checked_at" DATE NOT NULL,
    "evidence" "Evidence" NOT NULL,
    "via" TEXT,

    CONSTRAINT "tool_fact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_proposal" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "source_version" TEXT NOT NULL,
    "source_date" DATE NOT NULL,
    "kind" "ProposalKind" NOT NULL,
    "tool_slug" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'pending',
    "decided_by_id" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_proposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "offer_tool_id_position_idx" ON "offer"("tool_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "offer_provider_slug_model_id_key" ON "offer"("provider_slug", "model_id");

-- CreateIndex
CREATE UNIQUE INDEX "tool_fact_tool_id_key_key" ON "tool_fact"("tool_id", "key");

-- CreateIndex
CREATE UNIQUE INDEX "source_proposal_fingerprint_key" ON "source_proposal"("fingerprint");

-- CreateIndex
CREATE INDEX "source_proposal_status_source_idx" ON "source_proposal"("status", "source");

-- CreateIndex
CREATE INDEX "source_proposal_tool_slug_status_idx" ON "source_proposal"("tool_slug", "status");

-- CreateIndex
CREATE INDEX "tool_status_idx" ON "tool"("status");

-- CreateIndex
CREATE INDEX "tool_category_idx" ON "tool"("category");

-- CreateIndex
CREATE INDEX "tool_successor_id_idx" ON "tool"("successor_id");

-- CreateIndex
CREATE INDEX "price_point_offer_id_position_idx" ON "price_point"("offer_id", "position");

-- CreateIndex
CREATE INDEX "price_point_tool_id_valid_to_idx" ON "price_point"("tool_id", "valid_to");

-- AddForeignKey
ALTER TABLE "tool" ADD CONSTRAINT "tool_successor_id_fkey" FOREIGN KEY ("successor_id") REFERENCES "tool"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offer" ADD CONSTRAINT "offer_tool_id_fkey" FOREIGN KEY ("tool_id") REFERENCES "tool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "price_point" ADD CONSTRAINT "price_point_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tool_fact" ADD CONSTRAINT "tool_fact_tool_id_fkey" FOREIGN KEY ("tool_id") REFERENCES "tool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_proposal" ADD CONSTRAINT "source_proposal_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "admin_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
