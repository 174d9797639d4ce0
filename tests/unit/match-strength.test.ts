import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeNeighbours } from "@/lib/matching/neighbours";
import { linkToolsFromSeeds, tagNamesOf } from "@/lib/matching/from-seeds";
import { reasonFor } from "@/lib/matching/reason";
import { graphStats, matchStrength, roundStrength, tagSpecificity, weightCount, type LinkTool } from "@/lib/matching/strength";
import { TOOL_CATEGORIES, TOOL_KINDS, type ToolCategory } from "@/lib/schemas/enums";
import { FIXTURE_TAGS, fixtureTools } from "../fixtures/alternatives/catalogue";

const tool = (id: number, tags: string[], category: ToolCategory = "llm", overrides: Partial<LinkTool> = {}): LinkTool => ({
  id, slug: `tool-${id}`, name: `Tool ${id}`, kind: "model", category, status: "active", tags, ...overrides,
});

const TAGS = ["a", "b", "c", "d", "e", "f"];
const arbitraryTool = (id: number) =>
  fc.record({ tags: fc.subarray(TAGS), category: fc.constantFrom(...TOOL_CATEGORIES), kind: fc.constantFrom(...TOOL_KINDS), status: fc.constantFrom("active", "retired" as const) })
    .map(({ tags, category, kind, status }) => tool(id, tags, category, { kind, status }));
const catalogue = fc.tuple(...Array.from({ length: 8 }, (_, index) => arbitraryTool(index + 1)));

describe("matchStrength, the one match-graph rule", () => {
  it("is symmetric, non-negative, and 0 for a tool with itself", () => {
    fc.assert(
      fc.property(catalogue, fc.nat(2000), (tools, reach) => {
        const stats = graphStats(tools);
        const [a, b] = tools as [LinkTool, LinkTool];
        expect(matchStrength(a, b, stats, reach)).toBeCloseTo(matchStrength(b, a, stats, reach), 12);
        expect(matchStrength(a, b, stats, reach)).toBeGreaterThanOrEqual(0);
        expect(matchStrength(a, a, stats, reach)).toBe(0);
      }),
    );
  });

  it("weighs a rare tag above one half the catalogue carries", () => {
    const tools = [tool(1, ["rare", "common"]), tool(2, ["rare"], "dataset"), tool(3, ["common"], "dataset"), tool(4, ["common"], "evaluation")];
    const stats = graphStats(tools);
    expect(tagSpecificity("rare", stats)).toBeGreaterThan(tagSpecificity("common", stats));
    expect(matchStrength(tools[0]!, tools[1]!, stats)).toBeGreaterThan(matchStrength(tools[0]!, tools[2]!, stats));
  });

  it("weighs tags by counts rounded up to two significant figures, so one more tool moves a common tag's weight only at a step", () => {
    expect([7, 99, 100, 101, 110, 111, 290, 291, 9_999, 10_000, 10_001].map(weightCount)).toEqual([7, 99, 100, 110, 110, 120, 290, 300, 10_000, 10_000, 11_000]);
    const catalogue = (carriers: number, size: number) => graphStats(Array.from({ length: size }, (_, i) => tool(i + 1, i < carriers ? ["common"] : ["other"])));
    expect(tagSpecificity("common", catalogue(151, 1000))).toBe(tagSpecificity("common", catalogue(152, 1000)));
    expect(tagSpecificity("common", catalogue(151, 1000))).toBeCloseTo(Math.log(1000 / 160), 12);
    expect(tagSpecificity("common", catalogue(160, 1000))).toBeGreaterThan(tagSpecificity("common", catalogue(161, 1000)));
    expect(tagSpecificity("other", catalogue(40, 41))).toBe(Math.log(41));
  });

  it("ranks a tool doing the same job above one sharing only generic features", () => {
    const generic = ["streaming", "function-calling", "self-hostable"];
    const filler = Array.from({ length: 6 }, (_, index) => tool(10 + index, generic, "app-framework"));
    const whisper = tool(1, ["speech-to-text", ...generic], "speech-to-text");
    const deepgram = tool(2, ["speech-to-text"], "speech-to-text", { kind: "api" });
    const llm = tool(3, generic, "llm");
    const stats = graphStats([whisper, deepgram, llm, ...filler]);
    expect(matchStrength(whisper, deepgram, stats)).toBeGreaterThan(matchStrength(whisper, llm, stats));
  });

  it("adds evidence for pairs people compare, and counts links to retired tools less", () => {
    const [a, b] = [tool(1, ["x"]), tool(2, ["x"])];
    const stats = graphStats([a, b, tool(3, ["y"], "dataset")]);
    expect(matchStrength(a, b, stats, 50)).toBeGreaterThan(matchStrength(a, b, stats, 0));
    expect(matchStrength(a, b, stats, 5000)).toBe(matchStrength(a, b, stats, 1000));
    expect(matchStrength(a, { ...b, status: "retired" }, stats)).toBeLessThan(matchStrength(a, b, stats));
  });

  it("computeNeighbours keeps, for every tool, the strongest links as matchStrength scores them", () => {
    fc.assert(
      fc.property(catalogue, (tools) => {
        const stats = graphStats(tools);
        const neighbours = computeNeighbours(tools, { limit: 3 });
        for (const a of tools) {
          const expected = tools
            .filter((b) => b.id !== a.id)
            .map((b) => ({ slug: b.slug, strength: matchStrength(a, b, stats) }))
            .filter((link) => link.strength > 0)
            .sort((x, y) => y.strength - x.strength || x.slug.localeCompare(y.slug))
            .slice(0, 3);
          expect(neighbours.get(a.id)!.map((n) => n.strength)).toEqual(expected.map((link) => roundStrength(link.strength)));
        }
      }),
    );
  });
});

describe("reasonFor", () => {
  const tools = linkToolsFromSeeds(fixtureTools());
  const stats = graphStats(tools);
  const names = tagNamesOf(FIXTURE_TAGS);
  const reason = (a: string, b: string) => reasonFor(tools.find((t) => t.slug === a)!, tools.find((t) => t.slug === b)!, stats, names);

  it("names the shared job, then the most specific shared capabilities", () => {
    expect(reason("qdrant", "milvus")).toBe("both are vector databases with vector search and quantization");
    expect(reason("whisper", "deepgram")).toBe("both are speech-to-text models with many languages and self-hosting");
  });

  it("names neighbouring jobs, or the kind, when the job differs", () => {
    expect(reason("ollama", "llama-cpp")).toMatch(/^a local model runner and an inference engine, both with /);
    expect(reason("whisper", "llama-70b")).toMatch(/^both are models with open weights/);
  });
});
