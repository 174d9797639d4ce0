import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isGone } from "@/lib/lifecycle";
import { searchQuerySchema } from "@/lib/schemas/search";
import { SHOWN_CAPABILITIES } from "@/lib/search/hits";
import { searchTools } from "@/lib/search/search";
import { describeMisses, measureRelevance, type Relevance } from "../support/relevance";
import { createSearchFixture, readLabelledQueries } from "../support/search-fixture";
import { useTestDatabase } from "../support/test-database";

// The numbers `npm run bench:relevance` prints for the fixture catalogue,
// rounded down. A change that lowers either fails here; one that raises them
// should raise these too, so the gain is kept.
const BASELINE_FILE = path.join(process.cwd(), "tests", "fixtures", "search", "relevance-baseline.json");

describe("search relevance on the fixed fixture catalogue", () => {
  const database = useTestDatabase("migrated");
  let relevance: Relevance;
  const search = (q: string, pageSize = 20) => searchTools(searchQuerySchema.parse({ q }), pageSize);

  beforeAll(async () => {
    await createSearchFixture(database.prisma);
    relevance = await measureRelevance(await readLabelledQueries("fixture-queries.json"));
  }, 120_000);

  it("holds success@3 and MRR@10 on the labelled queries at or above the recorded baseline (success@3 ≥ 0.95)", async () => {
    const baseline = JSON.parse(await readFile(BASELINE_FILE, "utf8")) as { successAt3: number; mrrAt10: number };
    expect(relevance.outcomes.length).toBeGreaterThanOrEqual(60);
    expect(baseline.successAt3).toBeGreaterThanOrEqual(0.95);
    const report = `success@3 ${relevance.successAt3.toFixed(3)}, MRR@10 ${relevance.mrrAt10.toFixed(3)}\n${describeMisses(relevance)}`;
    expect(relevance.successAt3, report).toBeGreaterThanOrEqual(baseline.successAt3);
    expect(relevance.mrrAt10, report).toBeGreaterThanOrEqual(baseline.mrrAt10);
  });

  it("ranks by relevance: scores never increase down the list of usable tools, retired and archived ones after them", async () => {
    for (const q of ["speech to text", "run llama locally on my laptop", "long context", "vector search"]) {
      const hits = (await search(q, 100)).hits;
      const usable = hits.filter((hit) => !isGone(hit.status));
      expect(hits.slice(0, usable.length), q).toEqual(usable);
      const relevances = usable.map((hit) => hit.relevance);
      expect(relevances, q).toEqual([...relevances].sort((a, b) => b - a));
    }
  });

  it("explains each text hit: marked words in the name, summary or matching capabilities", async () => {
    const results = await search("dreambooth");
    const [top] = results.hits;
    expect(top!.nameParts).toContainEqual({ text: "DreamBooth", hit: true });
    expect(top!.summaryParts.map((part) => part.text).join("")).toBe(top!.summary);
    for (const hit of results.hits) expect(hit.matchedCapabilities.length).toBe(Math.min(SHOWN_CAPABILITIES, hit.matchedCapabilityCount));
  });

  it("says when a tool was found only because its name looks like the query", async () => {
    const [hit] = (await search("midjurney")).hits;
    expect(hit).toMatchObject({ slug: "midjourney", resembles: "name", matchedCapabilities: [] });
  });

  it("reads alternatives, filters and prices as chips that each remove themselves", async () => {
    const alternatives = await search("vllm alternative");
    expect(alternatives).toMatchObject({ mode: "like", query: { like: "vllm" }, readAs: [{ kind: "alternatives", label: "Alternatives to vLLM", without: { q: "vllm" } }] });
    const open = await search("open source vector database");
    expect(open.query).toMatchObject({ q: "vector database", pricing: "open_source" });
    expect(open.hits.every((hit) => hit.pricingModel === "open_source")).toBe(true);
    expect(open.readAs).toEqual([{ kind: "pricing", label: "Open source", without: expect.objectContaining({ q: "vector database", pricing: undefined }) }]);
    const cheapest = await search("cheapest llm");
    const usable = cheapest.hits.filter((hit) => !isGone(hit.status));
    const amounts = usable.map((hit) => Number(hit.startingPrice!.amount));
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
    expect(cheapest.hits.slice(0, usable.length)).toEqual(usable);
    expect(cheapest.hits.every((hit) => hit.startingPrice!.unit === "per_1m_input_tokens" && hit.category === "llm")).toBe(true);
    // Gemini 1.5 Flash is cheaper still, but retired: it comes after every usable model.
    expect(cheapest.hits.slice(usable.length).map((hit) => hit.slug)).toContain("gemini-1-5-flash");
    const cheaper = await search("cheaper than claude sonnet 4.5");
    expect(cheaper.priceOrder).toMatchObject({ category: "llm", unit: "per_1m_input_tokens", cheaperThan: { slug: "claude-sonnet-4-5" } });
    expect(cheaper.hits.every((hit) => Number(hit.startingPrice!.amount) < 3)).toBe(true);
  });

  it("lists a retired tool after active ones for a need, first when its name is searched", async () => {
    const need = (await search("long context", 50)).hits.map((hit) => hit.slug);
    const retired = need.indexOf("gpt-4-turbo");
    expect(retired).toBeGreaterThan(-1);
    expect(need.slice(retired).every((slug) => ["gpt-4-turbo", "gemini-1-5-flash"].includes(slug))).toBe(true);
    expect((await search("gpt 4 turbo")).hits[0]!.slug).toBe("gpt-4-turbo");
  });
});
