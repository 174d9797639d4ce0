import { z } from "zod";
import type { $Enums } from "@/lib/generated/prisma/client";

export const TOOL_KINDS = ["model", "repository", "api", "app", "agent", "library", "dataset", "platform"] as const;
export const PRICING_MODELS = ["free", "freemium", "paid", "open_source", "contact_sales"] as const;
export const PRICE_UNITS = [
  "per_1m_input_tokens",
  "per_1m_output_tokens",
  "per_1m_tokens",
  "per_1m_characters",
  "per_image",
  "per_minute_audio",
  "per_minute_video",
  "per_hour",
  "per_1k_requests",
  "per_month",
  "per_seat_month",
] as const;
export const SIGNAL_KINDS = [
  "github_stars",
  "github_forks",
  "github_contributors",
  "package_downloads_monthly",
  "huggingface_downloads_monthly",
  "huggingface_likes",
  "arena_elo",
  "benchmark_score",
  "paper_citations",
  "official_integrations",
  "sdk_languages",
  "reported_users",
] as const;

export const toolKindSchema = z.enum(TOOL_KINDS);
export const pricingModelSchema = z.enum(PRICING_MODELS);
export const priceUnitSchema = z.enum(PRICE_UNITS);
export const signalKindSchema = z.enum(SIGNAL_KINDS);

export type ToolKind = z.infer<typeof toolKindSchema>;
export type PricingModel = z.infer<typeof pricingModelSchema>;
export type PriceUnit = z.infer<typeof priceUnitSchema>;
export type SignalKind = z.infer<typeof signalKindSchema>;

export const TOOL_KIND_LABELS: Record<ToolKind, string> = {
  model: "Model",
  repository: "Repository",
  api: "API",
  app: "App",
  agent: "Agent",
  library: "Library",
  dataset: "Dataset",
  platform: "Platform",
};

/** "#4 of 120 models". */
export const TOOL_KIND_PLURALS: Record<ToolKind, string> = {
  model: "models",
  repository: "repositories",
  api: "APIs",
  app: "apps",
  agent: "agents",
  library: "libraries",
  dataset: "datasets",
  platform: "platforms",
};

export const PRICING_MODEL_LABELS: Record<PricingModel, string> = {
  free: "Free",
  freemium: "Freemium",
  paid: "Paid",
  open_source: "Open source",
  contact_sales: "Contact sales",
};

/** The job a tool does; tools are compared and grouped by it. Stored with underscores, written with hyphens in seeds and URLs. */
export const TOOL_CATEGORIES = [
  "llm",
  "image-model",
  "video-model",
  "speech-to-text",
  "text-to-speech",
  "embedding-model",
  "coding-agent",
  "chat-assistant",
  "app-framework",
  "agent-framework",
  "inference-engine",
  "local-runner",
  "vector-database",
  "fine-tuning",
  "ml-library",
  "image-interface",
  "llm-observability",
  "evaluation",
  "experiment-tracking",
  "inference-platform",
  "dataset",
] as const;
export const toolCategorySchema = z.enum(TOOL_CATEGORIES);
export type ToolCategory = z.infer<typeof toolCategorySchema>;

export const TOOL_CATEGORY_LABELS: Record<ToolCategory, { one: string; many: string }> = {
  llm: { one: "language model", many: "Language models" },
  "image-model": { one: "image model", many: "Image models" },
  "video-model": { one: "video model", many: "Video models" },
  "speech-to-text": { one: "speech-to-text model", many: "Speech to text" },
  "text-to-speech": { one: "text-to-speech model", many: "Text to speech" },
  "embedding-model": { one: "embedding model", many: "Embedding and rerank models" },
  "coding-agent": { one: "coding agent", many: "Coding agents and assistants" },
  "chat-assistant": { one: "chat assistant", many: "Chat assistants" },
  "app-framework": { one: "LLM application framework", many: "LLM application frameworks" },
  "agent-framework": { one: "agent framework", many: "Agent frameworks and SDKs" },
  "inference-engine": { one: "inference engine", many: "Inference engines and servers" },
  "local-runner": { one: "local model runner", many: "Local model runners" },
  "vector-database": { one: "vector database", many: "Vector databases" },
  "fine-tuning": { one: "fine-tuning toolkit", many: "Fine-tuning toolkits" },
  "ml-library": { one: "model library", many: "Model libraries" },
  "image-interface": { one: "image generation interface", many: "Image generation interfaces" },
  "llm-observability": { one: "LLM observability tool", many: "LLM observability" },
  evaluation: { one: "evaluation tool", many: "LLM evaluation" },
  "experiment-tracking": { one: "experiment tracker", many: "Experiment tracking" },
  "inference-platform": { one: "inference platform", many: "Inference platforms and model APIs" },
  dataset: { one: "dataset", many: "Datasets" },
};

/** The database spells categories with underscores (enum identifiers); everything else with hyphens. */
export const categoryToRow = (category: ToolCategory) => category.replaceAll("-", "_") as $Enums.ToolCategory;
export const categoryFromRow = (category: $Enums.ToolCategory | string) => category.replaceAll("_", "-") as ToolCategory;

export const LIFECYCLE_STATUSES = ["active", "preview", "deprecated", "retired", "archived"] as const;
export const lifecycleStatusSchema = z.enum(LIFECYCLE_STATUSES);
export type LifecycleStatus = z.infer<typeof lifecycleStatusSchema>;

export const LIFECYCLE_LABELS: Record<LifecycleStatus, string> = {
  active: "Active",
  preview: "Preview",
  deprecated: "Deprecated",
  retired: "Retired",
  archived: "Archived",
};

/** How a fact is known. */
export const EVIDENCE_KINDS = ["measured", "vendor", "estimated"] as const;
export const evidenceSchema = z.enum(EVIDENCE_KINDS);
export type Evidence = z.infer<typeof evidenceSchema>;

export const EVIDENCE_LABELS: Record<Evidence, string> = {
  measured: "measured by a third party",
  vendor: "stated by the vendor",
  estimated: "estimated",
};

/** What a price charges for: the cost calculator reads token meters; `other` is any other unit. */
export const PRICE_METERS = ["input", "cached_input", "cache_write", "output", "other"] as const;
export const priceMeterSchema = z.enum(PRICE_METERS);
export type PriceMeter = z.infer<typeof priceMeterSchema>;

export const MODALITIES = ["text", "image", "audio", "video", "pdf"] as const;
export const modalitySchema = z.enum(MODALITIES);
export type Modality = z.infer<typeof modalitySchema>;
