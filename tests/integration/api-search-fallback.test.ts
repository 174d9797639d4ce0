import { beforeAll, describe, expect, it } from "vitest";
import { searchCatalogue } from "@/lib/api/search-fallback";
import { getNeighbours } from "@/lib/catalog/queries";
import { apiSearchQuerySchema } from "@/lib/schemas/api";
import { searchResponseSchema } from "@/lib/schemas/api-search-response";
import type { ToolSeed } from "@/lib/schemas/tool";
import { loadSeedCatalogue } from "@/lib/seeds/load";
import { useTestDatabase } from "../support/test-database";

const search = async (input: Record<string, unknown>) => searchResponseSchema.parse(await searchCatalogue(apiSearchQuerySchema.parse(input)));

describe("the API's search", () => {
  useTestDatabase("seeded");
  let tools: ToolSeed[];
  beforeAll(async () => {
    tools = (await loadSeedCatalogue()).tools;
  });

  it("finds a phrase in names and capabilities, naming the capabilities that matched", async () => {
    const result = await search({ q: "fine-tun", page: "1" });
    const expected = tools.filter((tool) => [tool.name, tool.vendor, tool.summary, ...tool.capabilities.flatMap((c) => [c.title, c.description])].some((text) => text.toLowerCase().includes("fine-tun")));
    expect(result.total).toBe(expected.length);
    const expectedSlugs = new Set(expected.map((tool) => tool.slug));
    expect(result.items.length).toBe(Math.min(20, expected.length));
    for (const item of result.items) expect(expectedSlugs).toContain(item.slug);
    const peft = result.items.find((item) => item.slug === "peft");
    expect(peft?.matchedCapabilities.length).toBeGreaterThan(0);
    expect((await search({ q: "100%_no_such_phrase" })).total).toBe(0);
  });

  it("requires every tag given and filters by kind and free tier, with facets before the kind filter", async () => {
    const tags = ["fine-tuning", "open-weights"];
    const all = await search({ tag: tags });
    const expected = tools.filter((tool) => tags.every((tag) => tool.capabilities.some((c) => c.tags.includes(tag))));
    expect(all.total).toBe(expected.length);
    const models = await search({ tag: tags, kind: "model" });
    expect(models.items.every((item) => item.kind === "model")).toBe(true);
    expect(models.total).toBe(expected.filter((tool) => tool.kind === "model").length);
    expect(models.facets.kind.reduce((sum, entry) => sum + entry.count, 0)).toBe(all.total);
    const free = await search({ tag: tags, free: "no" });
    expect(free.items.every((item) => !item.freeTier)).toBe(true);
  });

  it("lists alternatives closest first for `like`, and excludes the compared tools for `from`", async () => {
    const like = await search({ like: "dreambooth-stable-diffusion" });
    const neighbours = await getNeighbours("dreambooth-stable-diffusion", 1000);
    expect(like.total).toBe(neighbours.length);
    expect(like.items[0]!.slug).toBe(neighbours[0]!.slug);
    const from = await search({ from: "dreambooth-stable-diffusion,gemini-2-0-flash-lite" });
    expect(from.items.map((item) => item.slug)).not.toContain("gemini-2-0-flash-lite");
    expect(from.items.map((item) => item.slug)).not.toContain("dreambooth-stable-diffusion");
    expect(from.total).toBeGreaterThan(0);
  });

  it("pages through results", async () => {
    const first = await search({});
    expect(first.total).toBe(tools.length);
    expect(first.items).toHaveLength(20);
    const last = await search({ page: String(first.pageCount) });
    expect(last.items).toHaveLength(tools.length - (first.pageCount - 1) * 20);
  });
});
