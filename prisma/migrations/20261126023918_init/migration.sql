-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ToolKind" AS ENUM ('model', 'repository', 'api', 'app', 'agent', 'library', 'dataset', 'platform');

-- CreateEnum
CREATE TYPE "PricingModel" AS ENUM ('free', 'freemium', 'paid', 'open_source', 'contact_sales');

-- CreateEnum
CREATE TYPE "PriceUnit" AS ENUM ('per_1m_input_tokens', 'per_1m_output_tokens', 'per_1m_tokens', 'per_1m_characters', 'per_image', 'per_minute_audio', 'per_hour', 'per_1k_requests', 'per_month', 'per_seat_month');

-- CreateEnum
CREATE TYPE "SignalKind" AS ENUM ('github_stars', 'github_forks', 'github_contributors', 'package_downloads_monthly', 'huggingface_downloads_monthly', 'huggingface_likes', 'arena_elo', 'benchmark_score', 'paper_citations', 'official_integrations', 'sdk_languages');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'editor');

-- CreateTable
CREATE TABLE "tool" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ToolKind" NOT NULL,
    "vendor" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "website" TEXT NOT NULL,
    "source_repository" TEXT,
    "license" TEXT,
    "pricing_model" "PricingModel" NOT NULL,
    "free_tier" BOOLEAN NOT NULL,
    "times_matched" INTEGER NOT NULL DEFAULT 0,
    "last_verified_at" DATE NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "rank" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "capability_tag" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL,

    CONSTRAINT "capability_tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "capability" (
    "id" SERIAL NOT NULL,
    "tool_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "unique" TEXT NOT NULL,
    "vs_alternatives" TEXT NOT NULL,

    CONSTRAINT "capability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "capability_tagging" (
    "capability_id" INTEGER NOT NULL,
    "tag_id" INTEGER NOT NULL,

    CONSTRAINT "capability_tagging_pkey" PRIMARY KEY ("capability_id","tag_id")
);

-- CreateTable
CREATE TABLE "price_point" (
    "id" SERIAL NOT NULL,
    "tool_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "amount" DECIMAL(18,8) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "unit" "PriceUnit" NOT NULL,
    "is_starting" BOOLEAN NOT NULL DEFAULT false,
    "as_of" DATE NOT NULL,

    CONSTRAINT "price_point_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "score_signal" (
    "id" SERIAL NOT NULL,
    "tool_id" INTEGER NOT NULL,
    "kind" "SignalKind" NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,
    "observed_at" DATE NOT NULL,
    "note" TEXT,

    CONSTRAINT "score_signal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "score_snapshot" (
    "id" SERIAL NOT NULL,
    "tool_id" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "adoption" INTEGER NOT NULL,
    "quality" INTEGER NOT NULL,
    "ecosystem" INTEGER NOT NULL,
    "match_graph" INTEGER NOT NULL,
    "method_version" TEXT NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "score_snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comparison_view" (
    "pair_key" TEXT NOT NULL,
    "slugs" TEXT[],
    "views" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "comparison_view_pkey" PRIMARY KEY ("pair_key")
);

-- CreateTable
CREATE TABLE "admin_user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_verified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'editor',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "admin_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "admin_session" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ip_address" TEXT,
    "user_agent" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "admin_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "admin_account" (
    "id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "password" TEXT,
    "access_token" TEXT,
    "refresh_token" TEXT,
    "id_token" TEXT,
    "access_token_expires_at" TIMESTAMPTZ(3),
    "refresh_token_expires_at" TIMESTAMPTZ(3),
    "scope" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "admin_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "admin_verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "admin_verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "last_request" BIGINT NOT NULL,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" SERIAL NOT NULL,
    "actor_id" TEXT,
    "actor_email" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT,
    "tool_id" INTEGER,
    "diff" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tool_slug_key" ON "tool"("slug");

-- CreateIndex
CREATE INDEX "tool_published_rank_idx" ON "tool"("published", "rank" DESC);

-- CreateIndex
CREATE INDEX "tool_published_name_idx" ON "tool"("published", "name");

-- CreateIndex
CREATE INDEX "tool_published_last_verified_at_idx" ON "tool"("published", "last_verified_at" DESC);

-- CreateIndex
CREATE INDEX "tool_kind_idx" ON "tool"("kind");

-- CreateIndex
CREATE INDEX "tool_pricing_model_idx" ON "tool"("pricing_model");

-- CreateIndex
CREATE UNIQUE INDEX "capability_tag_slug_key" ON "capability_tag"("slug");

-- CreateIndex
CREATE INDEX "capability_tool_id_position_idx" ON "capability"("tool_id", "position");

-- CreateIndex
CREATE INDEX "capability_tagging_tag_id_idx" ON "capability_tagging"("tag_id");

-- CreateIndex
CREATE INDEX "price_point_tool_id_position_idx" ON "price_point"("tool_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "score_signal_tool_id_kind_key" ON "score_signal"("tool_id", "kind");

-- CreateIndex
CREATE INDEX "score_snapshot_tool_id_computed_at_idx" ON "score_snapshot"("tool_id", "computed_at" DESC);

-- CreateIndex
CREATE INDEX "comparison_view_views_idx" ON "comparison_view"("views" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "admin_user_email_key" ON "admin_user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "admin_session_token_key" ON "admin_session"("token");

-- CreateIndex
CREATE INDEX "admin_session_user_id_idx" ON "admin_session"("user_id");

-- CreateIndex
CREATE INDEX "admin_account_user_id_idx" ON "admin_account"("user_id");

-- CreateIndex
CREATE INDEX "admin_verification_identifier_idx" ON "admin_verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rate_limit_key_key" ON "rate_limit"("key");

-- CreateIndex
CREATE INDEX "audit_log_tool_id_created_at_idx" ON "audit_log"("tool_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "audit_log_actor_id_created_at_idx" ON "audit_log"("actor_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "audit_log_created_at_idx" ON "audit_log"("created_at" DESC);

-- AddForeignKey
ALTER TABLE "capability" ADD CONSTRAINT "capability_tool_id_fkey" FOREIGN KEY ("tool_id") REFERENCES "tool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "capability_tagging" ADD CONSTRAINT "capability_tagging_capability_id_fkey" FOREIGN KEY ("capability_id") REFERENCES "capability"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "capability_tagging" ADD CONSTRAINT "capability_tagging_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "capability_tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "price_point" ADD CONSTRAINT "price_point_tool_id_fkey" FOREIGN KEY ("tool_id") REFERENCES "tool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "score_signal" ADD CONSTRAINT "score_signal_tool_id_fkey" FOREIGN KEY ("tool_id") REFERENCES "tool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "score_snapshot" ADD CONSTRAINT "score_snapshot_tool_id_fkey" FOREIGN KEY ("tool_id") REFERENCES "tool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "admin_session" ADD CONSTRAINT "admin_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "admin_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "admin_account" ADD CONSTRAINT "admin_account_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "admin_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "admin_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_tool_id_fkey" FOREIGN KEY ("tool_id") REFERENCES "tool"("id") ON DELETE SET NULL ON UPDATE CASCADE;
