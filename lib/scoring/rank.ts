import { matchGraphStrengths } from "@/lib/matching/neighbours";
import type { LinkTool } from "@/lib/matching/strength";
import type { LifecycleStatus, SignalKind } from "@/lib/schemas/enums";
import {
  DIMENSIONS,
  EVIDENCE_MARGIN,
  FRESHNESS_AGE,
  KIND_RELATIVE,
  MIN_COVERAGE,
  SIGNAL_SCALES,
  STATUS_FRESHNESS,
  UNRANKED_STATUSES,
  WEIGHTS,
  type Dimension,
  type SignalScale,
} from "./method";

/** A signal's value and the source's date for it (YYYY-MM-DD). */
export type SignalValue = { kind: SignalKind; value: number; date: string };
/** Null: no evidence on that dimension, which is not the same as a score of 0. */
export type SubScores = Record<Dimension, number | null>;
/** How many pieces of evidence back each sub-score: signals, or capability tags for Match Graph. */
export type SignalCounts = Record<Dimension, number>;
export type RankSummary = { rank: number | null; rankLow: number | null; rankHigh: number | null; coverage: number; provisional: boolean };
export type ScoreBreakdown = SubScores & RankSummary & { signals: SignalCounts };

export type CatalogueTool = LinkTool & { signals: readonly SignalValue[] };

const clamp = (value: number) => Math.min(100, Math.max(0, value));
const mean = (values: readonly number[]) => (values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null);
const DAY_MS = 86_400_000;

export function normalizeSignal(scale: SignalScale, value: number): number {
  if (scale.scale === "log") return clamp((100 * Math.log10(1 + Math.max(0, value))) / Math.log10(1 + scale.full));
  return clamp((100 * (value - scale.floor)) / (scale.full - scale.floor));
}

/** 100 for evidence up to FRESH_DAYS old, falling linearly to 0 at STALE_DAYS. */
export function ageScore(date: string, today: string): number {
  const days = (Date.parse(today) - Date.parse(date)) / DAY_MS;
  const { freshDays, staleDays } = FRESHNESS_AGE;
  return clamp((100 * (staleDays - days)) / (staleDays - freshDays));
}

/** One tool's evidence on absolute scales, before comparison within its kind. */
function absoluteEvidence(tool: CatalogueTool, strength: number, today: string): { raw: SubScores; counts: SignalCounts } {
  const buckets: Record<"adoption" | "quality" | "ecosystem", number[]> = { adoption: [], quality: [], ecosystem: [] };
  for (const signal of tool.signals) {
    const scale = SIGNAL_SCALES[signal.kind];
    buckets[scale.dimension].push(normalizeSignal(scale, signal.value));
  }
  const tags = new Set(tool.tags).size;
  const ages = tool.signals.map((signal) => ageScore(signal.date, today));
  const freshness = mean(ages);
  return {
    raw: {
      adoption: mean(buckets.adoption),
      quality: mean(buckets.quality),
      ecosystem: mean(buckets.ecosystem),
      // A tool with tags but no link is measured as unconnected (0); a tool without tags has no graph evidence.
      matchGraph: tags > 0 ? Math.log1p(strength) : null,
      freshness: freshness === null ? null : freshness * STATUS_FRESHNESS[tool.status],
    },
    counts: { adoption: buckets.adoption.length, quality: buckets.quality.length, ecosystem: buckets.ecosystem.length, matchGraph: tags, freshness: ages.length },
  };
}

/**
 * Rank from the sub-scores that have evidence, their weights re-normalised to
 * add up to 1, with its band: where Rank would land if each missing sub-score
 * were anywhere from 0 to 100 and each known one off by its evidence margin.
 */
export function rankOf(scores: SubScores, counts: SignalCounts, status: LifecycleStatus): RankSummary {
  const known = DIMENSIONS.filter((dimension) => scores[dimension] !== null);
  const coverage = known.length;
  // No Rank is not a settled Rank either: `provisional` stays true, so lists sort these after every settled Rank.
  if (coverage === 0 || UNRANKED_STATUSES.includes(status)) return { rank: null, rankLow: null, rankHigh: null, coverage, provisional: true };
  const weight = known.reduce((sum, d) => sum + WEIGHTS[d], 0);
  const value = (d: Dimension) => scores[d]!;
  const margin = (d: Dimension) => EVIDENCE_MARGIN / Math.sqrt(Math.max(1, counts[d]));
  const rank = known.reduce((sum, d) => sum + WEIGHTS[d] * value(d), 0) / weight;
  const low = known.reduce((sum, d) => sum + WEIGHTS[d] * clamp(value(d) - margin(d)), 0);
  const high = known.reduce((sum, d) => sum + WEIGHTS[d] * clamp(value(d) + margin(d)), 0) + (1 - weight) * 100;
  return {
    rank: Math.round(rank),
    rankLow: Math.max(0, Math.min(Math.round(rank), Math.floor(low + 1e-9))),
    rankHigh: Math.min(100, Math.max(Math.round(rank), Math.ceil(high - 1e-9))),
    coverage,
    provisional: coverage < MIN_COVERAGE,
  };
}

/**
 * A share of the best of the kind on that dimension; 0 when every tool of the kind measures 0.
 * Divides first so the best tool gets exactly 100 (100 * v / v can land a hair under it and tip a rounding).
 */
const relativeTo = (best: number, value: number) => (best > 0 ? clamp(100 * (value / best)) : 0);

/**
 * The one Rank rule, for a whole catalogue at once (sub-scores compare each
 * tool with the others of its kind, and Match Graph depends on every tool).
 * `strengths` is each tool's Match Graph input (matchGraphStrengths): the
 * database passes the neighbour table's, already computed; by default it is
 * computed from `tools`. Pure and deterministic: same tools and day, same scores.
 */
export function computeCatalogueScores(tools: readonly CatalogueTool[], today: string, strengths: ReadonlyMap<number, number> = matchGraphStrengths(tools)): Map<number, ScoreBreakdown> {
  const evidence = new Map(tools.map((tool) => [tool.id, absoluteEvidence(tool, strengths.get(tool.id) ?? 0, today)]));
  const best = new Map<string, number>();
  for (const tool of tools) {
    for (const dimension of DIMENSIONS) {
      const raw = evidence.get(tool.id)!.raw[dimension];
      const key = `${tool.kind}:${dimension}`;
      if (raw !== null) best.set(key, Math.max(best.get(key) ?? 0, raw));
    }
  }
  return new Map(
    tools.map((tool) => {
      const { raw, counts } = evidence.get(tool.id)!;
      const exact = Object.fromEntries(
        DIMENSIONS.map((d) => [d, raw[d] === null ? null : KIND_RELATIVE[d] ? relativeTo(best.get(`${tool.kind}:${d}`)!, raw[d]) : clamp(raw[d])]),
      ) as SubScores;
      const rounded = Object.fromEntries(DIMENSIONS.map((d) => [d, exact[d] === null ? null : Math.round(exact[d])])) as SubScores;
      return [tool.id, { ...rounded, ...rankOf(exact, counts, tool.status), signals: counts }];
    }),
  );
}
