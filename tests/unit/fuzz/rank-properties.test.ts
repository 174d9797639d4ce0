import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SIGNAL_KINDS, TOOL_KINDS, type SignalKind } from "@/lib/schemas/enums";
import { DIMENSIONS, SIGNAL_SCALES, WEIGHTS } from "@/lib/scoring/method";
import { computeCatalogueScores, rankOf, type CatalogueTool, type ScoreBreakdown } from "@/lib/scoring/rank";
import { RUNS } from "../../support/arbitraries";

// Each run scores whole generated catalogues, several times: a quarter of the usual runs keeps the file under a few seconds.
const options = { numRuns: RUNS / 4 };
const TIMEOUT = 60_000;

const TODAY = "2026-12-01";
const day = fc.integer({ min: 0, max: 1500 }).map((n) => new Date(Date.parse(TODAY) - n * 86_400_000).toISOString().slice(0, 10));
const signal = fc.record({ kind: fc.constantFrom(...SIGNAL_KINDS), value: fc.double({ min: 0, max: 2e9, noNaN: true }), date: day });
const toolArb = (id: number) =>
  fc.record({
    id: fc.constant(id),
    slug: fc.constant(`tool-${id}`),
    name: fc.constant(`Tool ${id}`),
    kind: fc.constantFrom(...TOOL_KINDS.slice(0, 3)),
    category: fc.constantFrom("llm" as const, "vector-database" as const, "inference-engine" as const),
    status: fc.constantFrom("active", "preview", "deprecated", "retired", "archived"),
    tags: fc.array(fc.constantFrom("a", "b", "c", "d", "e"), { maxLength: 4 }),
    // One signal of a kind per tool, as the database allows.
    signals: fc.uniqueArray(signal, { maxLength: 6, selector: (s) => s.kind }),
  }) satisfies fc.Arbitrary<CatalogueTool>;
const catalogue = fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => toolArb(i + 1))));
const scored = (tools: readonly CatalogueTool[]) => computeCatalogueScores(tools, TODAY);
const withSignal = (tools: readonly CatalogueTool[], id: number, kind: SignalKind, value: number) =>
  tools.map((tool) => (tool.id === id ? { ...tool, signals: [...tool.signals.filter((s) => s.kind !== kind), { kind, value, date: TODAY }] } : tool));

function expectBounded(scores: ScoreBreakdown) {
  for (const value of [scores.rank, scores.rankLow, scores.rankHigh, ...DIMENSIONS.map((d) => scores[d])]) {
    if (value !== null) expect(value >= 0 && value <= 100 && Number.isInteger(value)).toBe(true);
  }
  if (scores.rank !== null) expect(scores.rankLow! <= scores.rank && scores.rank <= scores.rankHigh!).toBe(true);
}

describe("properties of the Rank function", () => {
  it("is deterministic and bounded 0–100, with Rank inside its band", () => {
    fc.assert(
      fc.property(catalogue, (tools) => {
        const first = scored(tools);
        expect(scored(tools)).toEqual(first);
        for (const scores of first.values()) expectBounded(scores);
      }),
      options,
    );
  }, TIMEOUT);

  it("never turns missing evidence into 0: a dimension with no signal is null, and its count 0", () => {
    fc.assert(
      fc.property(catalogue, (tools) => {
        const scores = scored(tools);
        for (const tool of tools) {
          const own = scores.get(tool.id)!;
          for (const dimension of ["adoption", "quality", "ecosystem"] as const) {
            const count = tool.signals.filter((s) => SIGNAL_SCALES[s.kind].dimension === dimension).length;
            expect(own.signals[dimension]).toBe(count);
            expect(own[dimension] === null).toBe(count === 0);
          }
          expect(own.coverage).toBe(DIMENSIONS.filter((d) => own[d] !== null).length);
        }
      }),
      options,
    );
  }, TIMEOUT);

  it("a missing signal never equals a zero signal", () => {
    fc.assert(
      fc.property(catalogue, fc.constantFrom(...SIGNAL_KINDS), (tools, kind) => {
        const without = tools.map((tool) => (tool.id === 1 ? { ...tool, signals: tool.signals.filter((s) => s.kind !== kind) } : tool));
        const dimension = SIGNAL_SCALES[kind].dimension;
        const before = scored(without).get(1)!;
        const after = scored(withSignal(without, 1, kind, 0)).get(1)!;
        expect(after.signals[dimension]).toBe(before.signals[dimension] + 1);
        expect(after[dimension]).not.toBeNull();
        expect(after).not.toEqual(before);
      }),
      options,
    );
  }, TIMEOUT);

  it("is monotonic in every signal: raising one never lowers the tool's sub-score or Rank", () => {
    fc.assert(
      fc.property(catalogue, fc.constantFrom(...SIGNAL_KINDS), fc.double({ min: 0, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1e9, noNaN: true }), (tools, kind, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const dimension = SIGNAL_SCALES[kind].dimension;
        const before = scored(withSignal(tools, 1, kind, low)).get(1)!;
        const after = scored(withSignal(tools, 1, kind, high)).get(1)!;
        expect(after[dimension]!).toBeGreaterThanOrEqual(before[dimension]!);
        if (before.rank !== null) expect(after.rank!).toBeGreaterThanOrEqual(before.rank);
      }),
      options,
    );
  }, TIMEOUT);

  it("adding evidence to a tool never changes a sub-score of a tool of another kind, and never lowers coverage", () => {
    fc.assert(
      fc.property(catalogue, fc.constantFrom(...SIGNAL_KINDS), fc.double({ min: 0, max: 1e9, noNaN: true }), (tools, kind, value) => {
        const before = scored(tools);
        const after = scored(withSignal(tools, 1, kind, value));
        const changedKind = tools.find((tool) => tool.id === 1)!.kind;
        for (const tool of tools) {
          if (tool.kind !== changedKind) expect(after.get(tool.id)).toEqual(before.get(tool.id));
        }
        expect(after.get(1)!.coverage).toBeGreaterThanOrEqual(before.get(1)!.coverage);
      }),
      options,
    );
  }, TIMEOUT);

  it("re-normalises the weights of the known dimensions to 1: equal sub-scores give that value as Rank", () => {
    const subset = fc.subarray([...DIMENSIONS], { minLength: 1 });
    fc.assert(
      fc.property(subset, fc.integer({ min: 0, max: 100 }), (known, value) => {
        const scores = Object.fromEntries(DIMENSIONS.map((d) => [d, known.includes(d) ? value : null])) as Record<(typeof DIMENSIONS)[number], number | null>;
        const counts = Object.fromEntries(DIMENSIONS.map((d) => [d, known.includes(d) ? 1 : 0])) as Record<(typeof DIMENSIONS)[number], number>;
        const result = rankOf(scores, counts, "active");
        expect(result.rank).toBe(value);
        expect(result.coverage).toBe(known.length);
        const missingWeight = DIMENSIONS.filter((d) => !known.includes(d)).reduce((sum, d) => sum + WEIGHTS[d], 0);
        expect(result.rankHigh! - result.rankLow!).toBeGreaterThanOrEqual(Math.floor(missingWeight * 100) - 1);
      }),
      options,
    );
  }, TIMEOUT);
});
