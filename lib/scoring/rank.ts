import { matchGraphStrengths, type PairReach } from "@/lib/matching/neighbours";
import type { LinkTool } from "@/lib/matching/strength";
import type { SignalKind } from "@/lib/schemas/enums";
import { DIMENSIONS, SIGNAL_SCALES, WEIGHTS, type Dimension, type SignalScale } from "./method";

export type SignalValue = { kind: SignalKind; value: number };
export type ScoreBreakdown = Record<Dimension, number> & { rank: number };
export type GraphStrength = { strength: number; maxStrength: number };

const clamp = (value: number) => Math.min(100, Math.max(0, value));

export function normalizeSignal(scale: SignalScale, value: number): number {
  if (scale.scale === "log") return clamp((100 * Math.log10(1 + value)) / Math.log10(1 + scale.full));
  return clamp((100 * (value - scale.floor)) / (scale.full - scale.floor));
}

/** Match Graph: a tool's summed link strength (matchGraphStrengths) on a log scale against the best-connected tool. */
export function matchGraphScore({ strength, maxStrength }: GraphStrength): number {
  if (maxStrength <= 0 || strength <= 0) return 0;
  return clamp((100 * Math.log1p(strength)) / Math.log1p(maxStrength));
}

/**
 * The one Rank rule. Each evidence dimension is the mean of its normalised
 * signals (no evidence scores 0); Rank is the weighted sum, rounded.
 * Pure and deterministic: same inputs, same scores.
 */
export function computeScores(signals: readonly SignalValue[], graph: GraphStrength): ScoreBreakdown {
  const buckets: Record<Dimension, number[]> = { adoption: [], quality: [], ecosystem: [], matchGraph: [] };
  for (const signal of signals) {
    const scale = SIGNAL_SCALES[signal.kind];
    buckets[scale.dimension].push(normalizeSignal(scale, signal.value));
  }
  buckets.matchGraph.push(matchGraphScore(graph));
  const exact = Object.fromEntries(
    DIMENSIONS.map((dimension) => {
      const values = buckets[dimension];
      return [dimension, values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0];
    }),
  ) as Record<Dimension, number>;
  const rank = DIMENSIONS.reduce((sum, dimension) => sum + WEIGHTS[dimension] * exact[dimension], 0);
  return {
    rank: Math.round(rank),
    adoption: Math.round(exact.adoption),
    quality: Math.round(exact.quality),
    ecosystem: Math.round(exact.ecosystem),
    matchGraph: Math.round(exact.matchGraph),
  };
}

export type CatalogueTool = LinkTool & { signals: readonly SignalValue[] };

/** Scores for a whole catalogue at once, since Match Graph depends on every tool (its input is the one match-graph rule's). */
export function computeCatalogueScores(tools: readonly CatalogueTool[], reach: PairReach = new Map()): Map<number, ScoreBreakdown> {
  const strengths = matchGraphStrengths(tools, reach);
  const maxStrength = Math.max(0, ...strengths.values());
  return new Map(
    tools.map((tool) => [tool.id, computeScores(tool.signals, { strength: strengths.get(tool.id) ?? 0, maxStrength })]),
  );
}
