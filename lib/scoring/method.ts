import type { LifecycleStatus, SignalKind } from "@/lib/schemas/enums";

// The Rank method, as constants: the code computes from them and /methodology
// renders them, so the page can never describe a method the code does not run.
// Changing any of them means a new METHOD_VERSION and an entry in ./changelog.ts.

export const METHOD_VERSION = "2026-12.1";

export const DIMENSIONS = ["adoption", "quality", "ecosystem", "matchGraph", "freshness"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const DIMENSION_LABELS: Record<Dimension, string> = {
  adoption: "Adoption",
  quality: "Quality",
  ecosystem: "Ecosystem",
  matchGraph: "Match Graph",
  freshness: "Freshness",
};

/** What each dimension measures, in one line (table hints, /methodology). */
export const DIMENSION_MEANINGS: Record<Dimension, string> = {
  adoption: "how widely it is used: stars, downloads, reported users",
  quality: "how good it is measured to be: arena scores, benchmarks, citations",
  ecosystem: "what surrounds it: forks, contributors, integrations, SDKs",
  matchGraph: "how strongly it is linked to the tools a person would weigh it against (the match graph)",
  freshness: "how recent its evidence is, and whether it is still supported",
};

/** How much each sub-score counts towards Rank when all five have evidence; they add up to 1. */
export const WEIGHTS: Record<Dimension, number> = { adoption: 0.3, quality: 0.3, ecosystem: 0.15, matchGraph: 0.1, freshness: 0.15 };

/** Below this many dimensions with evidence, a Rank is provisional (shown, labelled, left out of Top tools and Rank order). */
export const MIN_COVERAGE = 4;

/** How far one signal may be off, in points of its sub-score; n signals: this / √n. */
export const EVIDENCE_MARGIN = 10;

/** Sub-scores compared within the tool's kind; Freshness is absolute (an age and a status mean the same for every kind). */
export const KIND_RELATIVE: Record<Dimension, boolean> = { adoption: true, quality: true, ecosystem: true, matchGraph: true, freshness: false };

/** Evidence at most FRESH_DAYS old counts fully; it loses value linearly until STALE_DAYS, where it counts for nothing. */
export const FRESHNESS_AGE = { freshDays: 90, staleDays: 730 } as const;

/** Freshness is multiplied by this for the tool's lifecycle status. A retired tool has no current Rank at all. */
export const STATUS_FRESHNESS: Record<LifecycleStatus, number> = { active: 1, preview: 1, deprecated: 0.5, archived: 0.25, retired: 0 };

/** Statuses whose tools get no current Rank (their history is kept). */
export const UNRANKED_STATUSES: readonly LifecycleStatus[] = ["retired"];

type EvidenceDimension = "adoption" | "quality" | "ecosystem";

/**
 * How a raw signal becomes 0–100 before it is compared within the kind. Counts
 * that span orders of magnitude use a log scale that reaches 100 at `full`;
 * bounded measures are linear between `floor` and `full`.
 */
export type SignalScale =
  | { dimension: EvidenceDimension; scale: "log"; full: number; label: string }
  | { dimension: EvidenceDimension; scale: "linear"; floor: number; full: number; label: string };

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
