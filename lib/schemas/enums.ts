import { z } from "zod";

export const TOOL_KINDS = ["model", "repository", "api", "app", "agent", "library", "dataset", "platform"] as const;
export const PRICING_MODELS = ["free", "freemium", "paid", "open_source", "contact_sales"] as const;
export const PRICE_UNITS = [
  "per_1m_input_tokens",
  "per_1m_output_tokens",
  "per_1m_tokens",
  "per_1m_characters",
  "per_image",
  "per_minute_audio",
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

export const PRICING_MODEL_LABELS: Record<PricingModel, string> = {
  free: "Free",
  freemium: "Freemium",
  paid: "Paid",
  open_source: "Open source",
  contact_sales: "Contact sales",
};
