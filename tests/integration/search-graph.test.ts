import { beforeAll, describe, expect, it } from "vitest";
import { alternativesFor } from "@/lib/matching/alternatives";
import { searchQuerySchema, type SearchQueryInput } from "@/lib/schemas/search";
import type { ToolSeed } from "@/lib/schemas/tool";
import { findAlternatives, searchTools } from "@/lib/search/search";
import { loadSeedCatalogue } from "@/lib/seeds/load";
import { useTestDatabase } from "../support/test-database";

const DREAMBOOTH = "dreambooth-stable-diffusion";
const GEMINI = "gemini-2-0-flash-lite";
const ALL = 1000;

const search = (input: SearchQueryInput) => searchTools(searchQuerySchema.parse(input), ALL);

describe("searching the match graph", () => {
  useTestDatabase("seeded");
  let seeds: Map<string, ToolSeed>;
  const tagsOf = (slug: string) => new Set(seeds.get(slug)!.capabilities.flatMap((capability) => capability.tags));
  beforeAll(async () => {
    seeds = new Map((await loadSeedCatalogue()).tools.map((tool) => [tool.slug, tool]));
  });

  it("lists all alternatives of a tool in the order of the tool page's closest tools", async () => {
    const alternatives = await findAlternatives(DREAMBOOTH, 1, ALL);
    const neighbours = await alternativesFor(DREAMBOOTH, ALL);
    expect(alternatives.mode).toBe("like");
    expect(alternatives.origins.map((tool) => tool.slug)).toEqual([DREAMBOOTH]);
    expect(alternatives.hits.map((hit) => hit.slug)).toEqual(neighbours.map((tool) => tool.slug));
    expect(alternatives.hits.map((hit) => hit.relevance)).toEqual(neighbours.map((tool) => tool.weight));
    for (const [index, hit] of alternatives.hits.entries()) expect(hit.sharedTags).toEqual(neighbours[index]!.sharedTags);
  });

  it("starts from several tools' capabilities, weighting by tags shared with either, without the tools themselves", async () => {
    const results = await search({ from: `${GEMINI},${DREAMBOOTH}` });
    const origin = new Set([...tagsOf(GEMINI), ...tagsOf(DREAMBOOTH)]);
    const slugs = results.hits.map((hit) => hit.slug);
    expect(slugs).not.toContain(GEMINI);
    expect(slugs).not.toContain(DREAMBOOTH);
    const expected = [...seeds.keys()].filter((slug) => slug !== GEMINI && slug !== DREAMBOOTH && [...tagsOf(slug)].some((tag) => origin.has(tag)));
    expect(slugs.sort()).toEqual(expected.sort());
    for (const hit of results.hits) expect(hit.relevance, hit.slug).toBe([...tagsOf(hit.slug)].filter((tag) => origin.has(tag)).length);
    expect(results.facets.kind.reduce((total, facet) => total + facet.count, 0)).toBe(results.total);
  });

  it("narrows the graph by text and by facets", async () => {
    const all = await search({ like: DREAMBOOTH });
    const narrowed = await search({ like: DREAMBOOTH, q: "lora", kind: "library" });
    expect(narrowed.total).toBeGreaterThan(0);
    expect(narrowed.total).toBeLessThan(all.total);
    expect(narrowed.hits.every((hit) => hit.kind === "library")).toBe(true);
  });

  it("reports origins that name no published tool", async () => {
    const unknown = await search({ like: "no-such-tool" });
    expect(unknown).toMatchObject({ total: 0, unknownSlugs: ["no-such-tool"], origins: [] });
    const partly = await search({ from: `${GEMINI},no-such-tool` });
    expect(partly.unknownSlugs).toEqual(["no-such-tool"]);
    expect(partly.total).toBe((await search({ like: GEMINI })).total);
  });
});
