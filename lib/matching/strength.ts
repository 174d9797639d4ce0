import type { LifecycleStatus, ToolCategory, ToolKind } from "@/lib/schemas/enums";

// The one match-graph rule: how strongly two tools are linked. Alternatives,
// the graph page, search's like=/from= and the Match Graph sub-score all read
// it (through lib/matching/neighbours.ts); /methodology renders these
// constants. A link says "a person choosing one would also consider the other".

/** A tool as the match graph sees it. `tags` are the slugs of its capability tags. */
export type LinkTool = {
  id: number;
  slug: string;
  name: string;
  kind: ToolKind;
  category: ToolCategory;
  status: LifecycleStatus;
  tags: readonly string[];
};

/** Catalogue-wide facts a link depends on: how many tools there are and how many carry each tag. */
export type MatchGraphStats = { toolCount: number; toolsPerTag: ReadonlyMap<string, number> };

/** How much each part of a link counts; a link's strength is their weighted sum, scaled by lifecycle. */
export const LINK_WEIGHTS = {
  /** Shared capability tags, each weighted by its specificity (cosine similarity, 0–1). */
  sharedTags: 1,
  /** Both do the same job (same category: two vector databases). */
  sameJob: 0.6,
  /** Neighbouring jobs (a local runner and an inference engine): see RELATED_JOBS. */
  relatedJob: 0.25,
  /** Same kind of thing (two models, two libraries); only on top of another part, never a link by itself. */
  sameKind: 0.15,
  /** People compare them: distinct visitors' addresses a day who opened a comparison of both, on a log scale. */
  comparedTogether: 0.3,
} as const;

export type LinkPart = keyof typeof LINK_WEIGHTS;

/** Why each weight is what it is, for /methodology. */
export const LINK_WEIGHT_REASONS: Record<LinkPart, string> = {
  sharedTags:
    "Capabilities both have, each tag weighted by how rare it is (ln of tools ÷ tools carrying it, both counts rounded up to two significant figures so one edit moves few weights), compared as a cosine so a tool with many tags does not link to everything. A tag half the catalogue carries (streaming, function calling) adds little; speech to text or vector search adds a lot.",
  sameJob: "Doing the same job is what makes two tools alternatives: a person replacing a vector database names other vector databases first, whatever features they share.",
  relatedJob: "Some jobs overlap (a local runner and an inference engine both serve open models), so they count, but well below the same job.",
  sameKind:
    "A model is weighed against models and a library against libraries; a small nudge, since a hosted API and a self-hosted repository can do the same job, and only on top of another part: being two models links nothing by itself.",
  comparedTogether:
    "The comparisons people open are evidence a knowledgeable crowd sees the two as alternatives. Counted honestly: distinct addresses a day, so one client cannot inflate it; full weight at 1,000.",
};

/** Reach (addresses a day, summed) at which comparedTogether counts in full. */
export const COMPARED_FULL_REACH = 1000;

/** A link to or from a tool one cannot pick today counts less, so current tools come first. The lower factor of the two applies. */
export const LIFECYCLE_FACTORS: Record<LifecycleStatus, number> = { active: 1, preview: 1, deprecated: 0.8, retired: 0.5, archived: 0.5 };

/** Jobs close enough that their tools are sometimes named as alternatives to each other. */
export const RELATED_JOBS: readonly (readonly ToolCategory[])[] = [
  ["llm", "chat-assistant"],
  ["inference-engine", "local-runner", "inference-platform"],
  ["image-model", "video-model", "image-interface"],
  ["speech-to-text", "text-to-speech"],
  ["app-framework", "agent-framework"],
  ["fine-tuning", "ml-library"],
  ["llm-observability", "evaluation", "experiment-tracking"],
  ["vector-database", "embedding-model"],
];

const RELATED = new Map<ToolCategory, Set<ToolCategory>>();
for (const family of RELATED_JOBS) for (const job of family) RELATED.set(job, new Set([...(RELATED.get(job) ?? []), ...family]));

export function relatedJobs(a: ToolCategory, b: ToolCategory): boolean {
  return a !== b && (RELATED.get(a)?.has(b) ?? false);
}

export function graphStats(tools: readonly Pick<LinkTool, "tags">[]): MatchGraphStats {
  const toolsPerTag = new Map<string, number>();
  for (const tool of tools) for (const tag of new Set(tool.tags)) toolsPerTag.set(tag, (toolsPerTag.get(tag) ?? 0) + 1);
  return { toolCount: tools.length, toolsPerTag };
}

const specificities = new WeakMap<MatchGraphStats, Map<string, number>>();

/**
 * A count as tag weights use it: rounded up to two significant figures (87 → 87, 291 → 300, 10,001 →
 * 11,000). So one edit moves a tag's weight only when the tag is rare (under 100 tools, counted exactly)
 * or its count crosses a step, and publishing one tool moves no weight until the catalogue crosses one:
 * an edit then recomputes a few lists rather than every list carrying a common tag. A weight is off from
 * the unrounded ln(tools ÷ carriers) by less than ln 1.1 either way.
 */
export function weightCount(count: number): number {
  if (count < 100) return count;
  const step = 10 ** (String(Math.floor(count)).length - 2);
  return Math.ceil(count / step) * step;
}

/** How specific a tag is: ln(tools ÷ tools carrying it), both counts as weightCount rounds them; 0 for a tag every tool carries. */
export function tagSpecificity(tag: string, stats: MatchGraphStats): number {
  let known = specificities.get(stats);
  if (!known) specificities.set(stats, (known = new Map()));
  let value = known.get(tag);
  if (value === undefined) {
    const carriers = stats.toolsPerTag.get(tag) ?? 0;
    value = carriers === 0 || stats.toolCount === 0 ? 0 : Math.log(Math.max(1, weightCount(stats.toolCount) / weightCount(carriers)));
    known.set(tag, value);
  }
  return value;
}

/** Σ specificity² over a tool's tags: the squared length of its tag vector. */
export function tagNorm(tags: readonly string[], stats: MatchGraphStats): number {
  let sum = 0;
  for (const tag of new Set(tags)) sum += tagSpecificity(tag, stats) ** 2;
  return sum;
}

/** What a link is made of; strengthOf turns it into one number. */
export type LinkFeatures = {
  /** Cosine of the two specificity-weighted tag vectors, 0–1. */
  tagSimilarity: number;
  sameJob: boolean;
  relatedJob: boolean;
  sameKind: boolean;
  /** Distinct addresses a day that opened a comparison of both (summed over days and comparisons). */
  reach: number;
  /** The lower lifecycle factor of the two. */
  lifecycle: number;
};

/** Cosine similarity from the shared part (Σ specificity² of shared tags) and each tool's norm. */
export function cosine(shared: number, normA: number, normB: number): number {
  if (shared <= 0 || normA <= 0 || normB <= 0) return 0;
  return Math.min(1, shared / Math.sqrt(normA * normB));
}

/** The features of the link between two tools, given the pair's shared tag weight (Σ specificity²) and norms. */
export function featuresOf(a: LinkTool, b: LinkTool, tagSimilarity: number, reach: number): LinkFeatures {
  return {
    tagSimilarity,
    sameJob: a.category === b.category,
    relatedJob: relatedJobs(a.category, b.category),
    sameKind: a.kind === b.kind,
    reach,
    lifecycle: Math.min(LIFECYCLE_FACTORS[a.status], LIFECYCLE_FACTORS[b.status]),
  };
}

export function comparedEvidence(reach: number): number {
  return reach > 0 ? Math.min(1, Math.log1p(reach) / Math.log1p(COMPARED_FULL_REACH)) : 0;
}

/** The strength of a link from its features: the weighted sum of its parts, times the lifecycle factor. */
export function strengthOf(features: LinkFeatures): number {
  const w = LINK_WEIGHTS;
  if (features.tagSimilarity <= 0 && !features.sameJob && !features.relatedJob && features.reach <= 0) return 0;
  const sum =
    w.sharedTags * features.tagSimilarity +
    (features.sameJob ? w.sameJob : 0) +
    (features.relatedJob ? w.relatedJob : 0) +
    (features.sameKind ? w.sameKind : 0) +
    w.comparedTogether * comparedEvidence(features.reach);
  return sum * features.lifecycle;
}

/** The tags both carry, most specific first (then by slug). */
export function sharedTags(a: Pick<LinkTool, "tags">, b: Pick<LinkTool, "tags">, stats: MatchGraphStats): string[] {
  const mine = new Set(a.tags);
  return [...new Set(b.tags)]
    .filter((tag) => mine.has(tag))
    .sort((x, y) => tagSpecificity(y, stats) - tagSpecificity(x, stats) || x.localeCompare(y));
}

export function linkFeatures(a: LinkTool, b: LinkTool, stats: MatchGraphStats, reach = 0): LinkFeatures {
  const shared = sharedTags(a, b, stats).reduce((sum, tag) => sum + tagSpecificity(tag, stats) ** 2, 0);
  return featuresOf(a, b, cosine(shared, tagNorm(a.tags, stats), tagNorm(b.tags, stats)), reach);
}

/**
 * The one match-graph rule: how strongly `a` and `b` are linked (symmetric,
 * ≥ 0; 0 when they share nothing). `stats` are the published catalogue's;
 * `reach` is how many distinct addresses a day compared the two.
 */
export function matchStrength(a: LinkTool, b: LinkTool, stats: MatchGraphStats, reach = 0): number {
  if (a.id === b.id) return 0;
  return strengthOf(linkFeatures(a, b, stats, reach));
}

/** Strengths are stored and shown to 3 decimals, so a negligible change (one more tool in the catalogue) rewrites nothing. */
export const roundStrength = (strength: number) => Math.round(strength * 1000) / 1000;
