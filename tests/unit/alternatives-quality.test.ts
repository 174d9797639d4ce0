import { describe, expect, it } from "vitest";
import { computeNeighbours } from "@/lib/matching/neighbours";
import { linkToolsFromSeeds, tagNamesOf } from "@/lib/matching/from-seeds";
import { TOOL_KINDS } from "@/lib/schemas/enums";
import { FIXTURE_TAGS, fixtureTools } from "../fixtures/alternatives/catalogue";
import { FIXTURE_LABELS, measure, ndcgAt, precisionAt, readLabels } from "../support/alternatives-quality";

/**
 * The figures the match graph reached on the fixture catalogue when this was
 * written (`npm run bench:alternatives`). A change that lowers any of them
 * fails here; raise them when a change improves the alternatives.
 */
const FLOOR = { precisionAt3: 0.906, ndcgAt10: 0.978, twoOfThree: 0.962 };

describe("alternatives a knowledgeable person would name", () => {
  it("labels at least 40 tools across every kind", async () => {
    const labels = await readLabels(FIXTURE_LABELS);
    const tools = linkToolsFromSeeds(fixtureTools());
    expect(Object.keys(labels).length).toBeGreaterThanOrEqual(40);
    expect(new Set(Object.keys(labels).map((slug) => tools.find((tool) => tool.slug === slug)!.kind))).toEqual(new Set(TOOL_KINDS));
    for (const accepted of Object.values(labels)) for (const slug of accepted) expect(tools.some((tool) => tool.slug === slug), slug).toBe(true);
  });

  it("gives at least 2 acceptable alternatives among the first 3 for 90% of them, and never drops below the recorded figures", async () => {
    const tools = linkToolsFromSeeds(fixtureTools());
    const neighbours = computeNeighbours(tools, { tagNames: tagNamesOf(FIXTURE_TAGS) });
    const quality = measure(await readLabels(FIXTURE_LABELS), (slug) => {
      const tool = tools.find((candidate) => candidate.slug === slug);
      return tool ? neighbours.get(tool.id)!.map((neighbour) => neighbour.slug) : null;
    });
    expect(quality.unknown).toEqual([]);
    expect(quality.twoOfThree).toBeGreaterThanOrEqual(0.9);
    expect(quality.precisionAt3).toBeGreaterThanOrEqual(FLOOR.precisionAt3 - 0.0005);
    expect(quality.ndcgAt10).toBeGreaterThanOrEqual(FLOOR.ndcgAt10 - 0.0005);
    expect(quality.twoOfThree).toBeGreaterThanOrEqual(FLOOR.twoOfThree - 0.0005);
  });

  it("measures precision@k and nDCG@k as defined", () => {
    const acceptable = new Set(["a", "b"]);
    expect(precisionAt(["a", "x", "b"], acceptable, 3)).toBeCloseTo(2 / 3);
    expect(ndcgAt(["a", "b", "x"], acceptable, 10)).toBe(1);
    expect(ndcgAt(["x", "a", "b"], acceptable, 10)).toBeCloseTo((1 / Math.log2(3) + 1 / Math.log2(4)) / (1 + 1 / Math.log2(3)));
    expect(ndcgAt(["x", "y"], acceptable, 10)).toBe(0);
  });
});
