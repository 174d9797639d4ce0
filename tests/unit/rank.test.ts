import { describe, expect, it } from "vitest";
import { METHOD_CHANGELOG } from "@/lib/scoring/changelog";
import { DIMENSIONS, METHOD_VERSION, MIN_COVERAGE, SIGNAL_SCALES, WEIGHTS } from "@/lib/scoring/method";
import { ageScore, computeCatalogueScores, normalizeSignal, rankOf, type CatalogueTool } from "@/lib/scoring/rank";

const TODAY = "2026-12-01";
const tool = (id: number, overrides: Partial<CatalogueTool> = {}): CatalogueTool => ({
  id,
  slug: `tool-${id}`,
  name: `Tool ${id}`,
  kind: "model",
  category: "llm",
  status: "active",
  tags: ["t"],
  signals: [],
  ...overrides,
});
const signal = (kind: CatalogueTool["signals"][number]["kind"], value: number, date = TODAY) => ({ kind, value, date });
const score = (tools: CatalogueTool[], id: number) => computeCatalogueScores(tools, TODAY).get(id)!;

describe("Rank", () => {
  it("weights add up to one and the changelog starts with the current method", () => {
    expect(DIMENSIONS.reduce((sum, d) => sum + WEIGHTS[d], 0)).toBeCloseTo(1, 10);
    expect(METHOD_CHANGELOG[0]!.version).toBe(METHOD_VERSION);
  });

  it("puts log-scaled counts at 100 when they reach the full mark, and caps above it", () => {
    expect(normalizeSignal(SIGNAL_SCALES.github_stars, 200_000)).toBeCloseTo(100, 6);
    expect(normalizeSignal(SIGNAL_SCALES.github_stars, 2_000_000)).toBe(100);
    expect(normalizeSignal(SIGNAL_SCALES.github_stars, 0)).toBe(0);
    expect(normalizeSignal(SIGNAL_SCALES.arena_elo, 1250)).toBeCloseTo(50, 6);
  });

  it("gives no evidence null, never 0, and says how many signals back each sub-score", () => {
    const scores = score([tool(1, { signals: [signal("github_stars", 10)] })], 1);
    expect(scores.quality).toBeNull();
    expect(scores.ecosystem).toBeNull();
    expect(scores.adoption).toBe(100); // the only model with adoption evidence is the best of its kind
    expect(scores.signals).toEqual({ adoption: 1, quality: 0, ecosystem: 0, matchGraph: 1, freshness: 1 });
    expect(scores.coverage).toBe(3);
  });

  it("computes Rank from the dimensions with evidence, their weights re-normalised", () => {
    const scores = rankOf({ adoption: 80, quality: 40, ecosystem: null, matchGraph: null, freshness: null }, { adoption: 4, quality: 1, ecosystem: 0, matchGraph: 0, freshness: 0 }, "active");
    expect(scores.rank).toBe(Math.round((0.3 * 80 + 0.3 * 40) / 0.6));
    expect(scores.coverage).toBe(2);
    expect(scores.provisional).toBe(2 < MIN_COVERAGE);
    // Band: missing dimensions anywhere from 0 to 100, known ones off by 10/√n.
    expect(scores.rankLow).toBe(Math.floor(0.3 * 75 + 0.3 * 30));
    expect(scores.rankHigh).toBe(Math.ceil(0.3 * 85 + 0.3 * 50 + 0.4 * 100));
  });

  it("normalises within a tool's kind: the best model and the best library each reach 100", () => {
    const tools = [
      tool(1, { kind: "model", signals: [signal("github_stars", 100)] }),
      tool(2, { kind: "model", signals: [signal("github_stars", 10)] }),
      tool(3, { kind: "library", signals: [signal("github_stars", 100_000)] }),
    ];
    const scores = computeCatalogueScores(tools, TODAY);
    expect(scores.get(1)!.adoption).toBe(100);
    expect(scores.get(3)!.adoption).toBe(100);
    expect(scores.get(2)!.adoption).toBe(Math.round((100 * Math.log10(11)) / Math.log10(101)));
  });

  it("gives the best of its kind exactly 100 on any scale, so raising a tiny signal never tips its Rank down", () => {
    // Found by the monotonicity property: 100 * v / v fell a hair under 100 for some v and rounded Rank 38 down to 37.
    const withSdks = (value: number) => [tool(1, { tags: [], signals: [signal("github_stars", 0, "2024-12-01"), signal("sdk_languages", value)] }), tool(2, { tags: [] })];
    for (const value of [4.623116864120589e-298, 1.1499351684825824e-90, 1e-10, 3]) {
      const scores = score(withSdks(value), 1);
      expect(scores.ecosystem).toBe(100);
      expect(scores.rank).toBe(score(withSdks(4.623116864120589e-298), 1).rank);
    }
  });

  it("scores freshness from the age of the evidence and the lifecycle status", () => {
    expect(ageScore("2026-11-01", TODAY)).toBe(100);
    expect(ageScore("2024-12-01", TODAY)).toBe(0);
    const fresh = [signal("github_stars", 10, "2026-11-20")];
    expect(score([tool(1, { signals: fresh })], 1).freshness).toBe(100);
    expect(score([tool(1, { signals: fresh, status: "deprecated" })], 1).freshness).toBe(50);
  });

  it("gives a retired tool no current Rank but keeps its sub-scores", () => {
    const scores = score([tool(1, { status: "retired", signals: [signal("arena_elo", 1300)] })], 1);
    expect(scores.rank).toBeNull();
    expect(scores.rankLow).toBeNull();
    expect(scores.quality).toBe(100);
    expect(scores.freshness).toBe(0);
  });

  it("has no Match Graph evidence for a tool without tags, and a measured 0 for one linked to nothing", () => {
    // Tool 2 shares no tag and does a job no other tool does: the match graph links it to nothing.
    const tools = [tool(1, { tags: [] }), tool(2, { tags: ["lonely"], category: "dataset" }), tool(3, { tags: ["a"] }), tool(4, { tags: ["a"] })];
    expect(score(tools, 1).matchGraph).toBeNull();
    expect(score(tools, 2).matchGraph).toBe(0);
    expect(score(tools, 3).matchGraph).toBe(100);
  });
});
