import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DIMENSIONS, type Dimension } from "./method";
import type { ScoreBreakdown, SignalCounts } from "./rank";

// The one mapping between a score breakdown and a stored snapshot row.

type SnapshotRow = Prisma.ScoreSnapshotGetPayload<object>;

/** What a page or the API shows of one snapshot. Counts and coverage are null for methods that did not record them. */
export type ScoreView = Omit<ScoreBreakdown, "signals" | "coverage"> & {
  coverage: number | null;
  signals: SignalCounts | null;
  methodVersion: string;
  computedAt: string;
};

const countsSchema = z.strictObject(Object.fromEntries(DIMENSIONS.map((d) => [d, z.int().min(0)])) as Record<Dimension, z.ZodInt>);

export function snapshotColumns(scores: ScoreBreakdown) {
  const { signals, ...rest } = scores;
  return { ...rest, signalCounts: signals };
}

export function scoreViewOf(row: SnapshotRow): ScoreView {
  const { rank, rankLow, rankHigh, adoption, quality, ecosystem, matchGraph, freshness, coverage, provisional, methodVersion } = row;
  const counts = countsSchema.safeParse(row.signalCounts);
  return {
    rank,
    rankLow,
    rankHigh,
    adoption,
    quality,
    ecosystem,
    matchGraph,
    freshness,
    coverage,
    provisional,
    signals: counts.success ? counts.data : null,
    methodVersion,
    computedAt: row.computedAt.toISOString(),
  };
}

/** Whether a stored snapshot already says what a new computation says (so none need be written). */
export function sameScores(row: SnapshotRow, scores: ScoreBreakdown): boolean {
  const view = scoreViewOf(row);
  const keys = ["rank", "rankLow", "rankHigh", "coverage", "provisional", ...DIMENSIONS] as const;
  return keys.every((key) => view[key] === scores[key]) && DIMENSIONS.every((d) => view.signals?.[d] === scores.signals[d]);
}
