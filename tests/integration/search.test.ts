import { beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE_DIRS } from "@/tests/support/databases";
import { searchQuerySchema, type SearchQueryInput } from "@/lib/schemas/search";
import type { ToolSeed } from "@/lib/schemas/tool";
import { searchTools, type SearchResults } from "@/lib/search/search";
import { loadSeedCatalogue } from "@/lib/seeds/load";
import { expectRankOrder } from "../support/rank-order";
import { useTestDatabase } from "../support/test-database";

const DREAMBOOTH = "dreambooth-stable-diffusion";
const ALL = 1000;

const search = (input: SearchQueryInput, pageSize = ALL) => searchTools(searchQuerySchema.parse(input), pageSize);
const sum = (values: { count: number }[]) => values.reduce((total, value) => total + value.count, 0);
const countOf = (facets: { value: string; count: number }[], value: string) => facets.find((facet) => facet.value === value)?.count ?? 0;

describe("searchTools", () => {
  const database = useTestDatabase("seeded");
  let seeds: Map<string, ToolSeed>;
  const tagsOf = (slug: string) => new Set(seeds.get(slug)!.capabilities.flatMap((capability) => capability.tags));
  beforeAll(async () => {
    seeds = new Map((await loadSeedCatalogue(CATALOGUE_DIRS.fixture)).tools.map((tool) => [tool.slug, tool]));
  });

  describe("facets", () => {
    it("count kind, pricing and free tier so that each adds up to the total", async () => {
      for (const input of [{ q: "image" }, { q: "model" }, {}, { like: DREAMBOOTH }]) {
        const results = await search(input);
        expect(results.total, JSON.stringify(input)).toBeGreaterThan(0);
        expect(sum(results.facets.kind)).toBe(results.total);
        expect(sum(results.facets.pricing)).toBe(results.total);
        expect(sum(results.facets.free)).toBe(results.total);
      }
    });

    it("count each tag as the number of results carrying it", async () => {
      const results = await search({ q: "image" });
      for (const tag of results.facets.tags) {
        expect(tag.count, tag.value).toBe(results.hits.filter((hit) => tagsOf(hit.slug).has(tag.value)).length);
      }
      expect(results.facets.tags.length).toBeGreaterThan(5);
    });

    it("narrow the results, and each facet keeps counting the other values of its own kind", async () => {
      const all = await search({ q: "image" });
      const models = await search({ q: "image", kind: "model" });
      expect(models.total).toBe(countOf(all.facets.kind, "model"));
      expect(models.hits.every((hit) => hit.kind === "model")).toBe(true);
      expect(models.facets.kind).toEqual(all.facets.kind.map((facet) => ({ ...facet, selected: facet.value === "model" })));
      expect(sum(models.facets.pricing)).toBe(models.total);

      const freeModels = await search({ q: "image", kind: "model", free: "yes" });
      expect(freeModels.total).toBe(countOf(models.facets.free, "yes"));
      expect(freeModels.hits.every((hit) => hit.kind === "model" && hit.freeTier)).toBe(true);
      const paid = await search({ q: "image", pricing: "paid" });
      expect(paid.hits.every((hit) => hit.pricingModel === "paid")).toBe(true);
      expect(paid.total).toBe(countOf(all.facets.pricing, "paid"));
    });

    it("filter by tags with every tag required, matching the seeds exactly", async () => {
      const tags = ["fine-tuning", "image-generation"];
      const results = await search({ tag: tags });
      const expected = [...seeds.keys()].filter((slug) => tags.every((tag) => tagsOf(slug).has(tag))).sort();
      expect(results.hits.map((hit) => hit.slug).sort()).toEqual(expected);
      expect(results.facets.tags.filter((tag) => tags.includes(tag.value)).map((tag) => [tag.count, tag.selected])).toEqual([
        [expected.length, true],
        [expected.length, true],
      ]);
      const unknown = await search({ tag: ["fine-tuning", "no-such-tag"] });
      expect(unknown.total).toBe(0);
      expect(unknown.facets.tags).toContainEqual({ value: "no-such-tag", label: "no-such-tag", count: 0, selected: true });
    });
  });

  it("ranks the tool whose slug the words spell first, and tools of the category the words name ahead of the rest", async () => {
    expect((await search({ q: "gpt 4.1" })).hits[0]?.slug).toBe("gpt-4-1");
    expect((await search({ q: "GPT-4o" })).hits[0]?.slug).toBe("gpt-4o");
    for (const [q, category] of [["LLM", "llm"], ["coding agent", "coding-agent"], ["vector database", "vector-database"]] as const) {
      const top = (await search({ q })).hits.slice(0, 3);
      expect(top.map((hit) => hit.category), q).toEqual([category, category, category]);
    }
  });

  it("pages through the same ordering", async () => {
    const whole = await search({ q: "model" }, 10);
    const [first, second] = await Promise.all([search({ q: "model", page: 1 }, 5), search({ q: "model", page: 2 }, 5)]);
    expect([...first.hits, ...second.hits].map((hit) => hit.slug)).toEqual(whole.hits.map((hit) => hit.slug));
    expect(first.pageCount).toBe(Math.ceil(first.total / 5));
    expect((await search({ q: "model", page: 500 }, 5)).hits).toEqual([]);
  });

  it("lists every published tool by Rank when nothing is asked", async () => {
    const results = await search({});
    expect(results.mode).toBe("browse");
    expect(results.total).toBe(seeds.size);
    expectRankOrder(results.hits);
  });

  it("answers nonsense, stop words and hostile text with no results rather than an error", async () => {
    for (const q of ["xqzvwkpl", "!!!", "the of and"]) {
      const results: SearchResults = await search({ q });
      expect(results, q).toMatchObject({ mode: "text", total: 0, hits: [] });
    }
    // Words of hostile text are searched as words: "drop", "table", "tool".
    for (const q of ["'; DROP TABLE tool; --", "a:* & !b | (c <-> d) \\"]) await expect(search({ q })).resolves.toMatchObject({ mode: "text" });
    expect(await database.prisma.tool.count()).toBe(seeds.size);
  });

  it("suggests the closest names when a misspelt name finds nothing (two typos in a name still find it)", async () => {
    expect((await search({ q: "gemni flsh" })).hits.slice(0, 2).map((hit) => hit.slug)).toContain("gemini-2-5-flash");
    const results = await search({ q: "wispper" });
    expect(results.total).toBe(0);
    expect(results.suggestions.map((tool) => tool.slug)).toContain("whisper");
  });

  it("finds a misspelt name inside a sentence by resemblance", async () => {
    const [first] = (await search({ q: "i would like to try midjurney for my drawings" })).hits;
    expect(first?.slug).toBe("midjourney");
  });

  it("leaves unpublished tools out", async () => {
    await database.prisma.tool.update({ where: { slug: DREAMBOOTH }, data: { published: false } });
    try {
      expect((await search({ q: "dreambooth" })).hits.map((hit) => hit.slug)).not.toContain(DREAMBOOTH);
      expect((await search({})).total).toBe(seeds.size - 1);
    } finally {
      await database.prisma.tool.update({ where: { slug: DREAMBOOTH }, data: { published: true } });
    }
  });
});
