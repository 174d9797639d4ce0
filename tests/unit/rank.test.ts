import { describe, expect, it } from "vitest";
import type { ToolCategory } from "@/lib/schemas/enums";
import { DIMENSIONS, SIGNAL_SCALES, WEIGHTS } from "@/lib/scoring/method";
import { computeCatalogueScores, computeScores, matchGraphScore, normalizeSignal } from "@/lib/scoring/rank";

describe("Rank", () => {
  it("weights add up to one", () => {
    expect(DIMENSIONS.reduce((sum, d) => sum + WEIGHTS[d], 0)).toBeCloseTo(1, 10);
  });

  it("scores a tool with no evidence and no graph links at zero", () => {
    expect(computeScores([], { strength: 0, maxStrength: 10 })).toEqual({ rank: 0, adoption: 0, quality: 0, ecosystem: 0, matchGraph: 0 });
  });

  it("puts log-scaled counts at 100 when they reach the full mark, and caps above it", () => {
    expect(normalizeSignal(SIGNAL_SCALES.github_stars, 200_000)).toBeCloseTo(100, 6);
    expect(normalizeSignal(SIGNAL_SCALES.github_stars, 2_000_000)).toBe(100);
    expect(normalizeSignal(SIGNAL_SCALES.github_stars, 0)).toBe(0);
  });

  it("scales bounded signals linearly between floor and full", () => {
    expect(normalizeSignal(SIGNAL_SCALES.arena_elo, 1250)).toBeCloseTo(50, 6);
    expect(normalizeSignal(SIGNAL_SCALES.arena_elo, 900)).toBe(0);
  });

  it("averages the signals of a dimension and weights the dimensions into Rank", () => {
    const scores = computeScores(
      [
        { kind: "github_stars", value: 200_000 }, // adoption 100
        { kind: "package_downloads_monthly", value: 0 }, // adoption 0 -> mean 50
        { kind: "arena_elo", value: 1500 }, // quality 100
      ],
      { strength: 0, maxStrength: 0 },
    );
    expect(scores).toEqual({ rank: Math.round(0.35 * 50 + 0.3 * 100), adoption: 50, quality: 100, ecosystem: 0, matchGraph: 0 });
  });

  it("is deterministic: same input, same output", () => {
    const signals = [{ kind: "github_forks" as const, value: 1234 }];
    expect(computeScores(signals, { strength: 7, maxStrength: 20 })).toEqual(computeScores(signals, { strength: 7, maxStrength: 20 }));
  });

  it("gives the best-connected tool a Match Graph of 100", () => {
    expect(matchGraphScore({ strength: 20, maxStrength: 20 })).toBe(100);
    expect(matchGraphScore({ strength: 0, maxStrength: 20 })).toBe(0);
  });

  it("scores a whole catalogue with Match Graph relative to its best-connected tool", () => {
    const tool = (id: number, tags: string[], category: ToolCategory) => ({ id, slug: `t${id}`, name: `T${id}`, kind: "model" as const, category, status: "active" as const, tags, signals: [] });
    const scores = computeCatalogueScores([tool(1, ["a", "b"], "llm"), tool(2, ["a", "b"], "llm"), tool(3, ["z"], "dataset"), tool(4, ["y"], "evaluation")]);
    expect(scores.get(1)!.matchGraph).toBe(100);
    expect(scores.get(3)!.matchGraph).toBeLessThan(scores.get(1)!.matchGraph);
    expect(scores.get(1)!.rank).toBe(Math.round(0.15 * 100));
  });
});
