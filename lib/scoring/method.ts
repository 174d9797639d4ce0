import type { SignalKind } from "@/lib/schemas/enums";

/** 2026-12.1: Match Graph reads the weighted match graph (lib/matching/strength.ts) instead of counting shared tags. */
export const METHOD_VERSION = "2026-12.1";

export const DIMENSIONS = ["adoption", "quality", "ecosystem", "matchGraph"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const DIMENSION_LABELS: Record<Dimension, string> = {
  adoption: "Adoption",
  quality: "Quality",
  ecosystem: "Ecosystem",
  matchGraph: "Match Graph",
};

/** How much each sub-score counts towards Rank; they add up to 1. */
export const WEIGHTS: Record<Dimension, number> = { adoption: 0.35, quality: 0.3, ecosystem: 0.2, matchGraph: 0.15 };

/**
 * How a raw signal becomes 0–100. Counts that span orders of magnitude use a
 * log scale that reaches 100 at `full`; bounded measures are linear between
 * `floor` and `full`.
 */
export type SignalScale =
  | { dimension: Exclude<Dimension, "matchGraph">; scale: "log"; full: number; label: string }
  | { dimension: Exclude<Dimension, "matchGraph">; scale: "linear"; floor: number; full: number; label: string };

export const SIGNAL_SCALES: Record<SignalKind, SignalScale> = {
  github_stars: { dimension: "adoption", scale: "log", full: 200_000, label: "GitHub stars" },
  reported_users: { dimension: "adoption", scale: "log", full: 1_000_000_000, label: "Users reported by the vendor" },
  package_downloads_monthly: { dimension: "adoption", scale: "log", full: 100_000_000, label: "Package downloads a month" },
  huggingface_downloads_monthly: { dimension: "adoption", scale: "log", full: 50_000_000, label: "Hugging Face downloads a month" },
  arena_elo: { dimension: "quality", scale: "linear", floor: 1000, full: 1500, label: "LMArena score" },
  benchmark_score: { dimension: "quality", scale: "linear", floor: 0, full: 100, label: "Benchmark score (%)" },
  paper_citations: { dimension: "quality", scale: "log", full: 20_000, label: "Paper citations" },
  huggingface_likes: { dimension: "quality", scale: "log", full: 10_000, label: "Hugging Face likes" },
  github_forks: { dimension: "ecosystem", scale: "log", full: 50_000, label: "GitHub forks" },
  github_contributors: { dimension: "ecosystem", scale: "log", full: 3_000, label: "GitHub contributors" },
  official_integrations: { dimension: "ecosystem", scale: "log", full: 1_000, label: "Official integrations" },
  sdk_languages: { dimension: "ecosystem", scale: "linear", floor: 0, full: 10, label: "Official SDK languages" },
};
