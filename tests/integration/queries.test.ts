import { beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE_DIRS } from "@/tests/support/databases";
import { findExistingSlugs, getScoreHistory, getToolDetail, listTagsWithTools, listTools } from "@/lib/catalog/queries";
import { alternativesFor } from "@/lib/matching/alternatives";
import { catalogueQuerySchema } from "@/lib/schemas/catalogue-query";
import { loadSeedCatalogue } from "@/lib/seeds/load";
import type { ToolSeed } from "@/lib/schemas/tool";
import { recomputeScores } from "@/lib/scoring/recompute";
import { expectRankOrder } from "../support/rank-order";
import { useTestDatabase } from "../support/test-database";

const GEMINI = "gemini-2-0-flash-lite";
const DREAMBOOTH = "dreambooth-stable-diffusion";

describe("catalogue queries", () => {
  const database = useTestDatabase("seeded");
  let seeds: Map<string, ToolSeed>;
  beforeAll(async () => {
    seeds = new Map((await loadSeedCatalogue(CATALOGUE_DIRS.fixture)).tools.map((tool) => [tool.slug, tool]));
  });

  it("returns a tool with its capabilities in order, prices, signals and scores", async () => {
    const tool = await getToolDetail(GEMINI);
    const seed = seeds.get(GEMINI)!;
    expect(tool).not.toBeNull();
    expect(tool!.capabilities.map((c) => c.title)).toEqual(seed.capabilities.map((c) => c.title));
    expect(tool!.capabilities).toHaveLength(11);
    expect(tool!.prices.find((p) => p.isStarting)).toMatchObject({ amount: "0.075", unit: "per_1m_input_tokens" });
    expect(tool!.scores).not.toBeNull();
    expect(tool!.rank).toBe(tool!.scores!.rank);
  });

  it("gives the example pair the facts of the example page", async () => {
    const [gemini, dreambooth] = await Promise.all([getToolDetail(GEMINI), getToolDetail(DREAMBOOTH)]);
    expect(gemini).toMatchObject({ kind: "model", pricingModel: "paid" });
    expect(dreambooth).toMatchObject({ kind: "repository", pricingModel: "free", freeTier: true });
    expect(dreambooth!.capabilities).toHaveLength(12);
    expect(dreambooth!.prices.some((p) => p.isStarting)).toBe(false);
  });

  it("returns null for unknown and unpublished tools", async () => {
    expect(await getToolDetail("no-such-tool")).toBeNull();
    await database.prisma.tool.update({ where: { slug: DREAMBOOTH }, data: { published: false } });
    try {
      expect(await getToolDetail(DREAMBOOTH)).toBeNull();
      expect(await findExistingSlugs([GEMINI, DREAMBOOTH, "nope"])).toEqual([GEMINI]);
    } finally {
      await database.prisma.tool.update({ where: { slug: DREAMBOOTH }, data: { published: true } });
    }
  });

  it("filters, sorts and paginates the catalogue", async () => {
    const all = await listTools(catalogueQuerySchema.parse({}), 1000);
    expect(all.total).toBe(seeds.size);
    expectRankOrder(all.items);

    const models = await listTools(catalogueQuerySchema.parse({ kind: "model" }), 1000);
    expect(models.total).toBe([...seeds.values()].filter((tool) => tool.kind === "model").length);
    expect(models.items.every((tool) => tool.kind === "model")).toBe(true);

    const free = await listTools(catalogueQuerySchema.parse({ free: "yes", sort: "name" }), 1000);
    expect(free.items.every((tool) => tool.freeTier)).toBe(true);
    expect(free.items.map((t) => t.name)).toEqual([...free.items.map((t) => t.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const page2 = await listTools(catalogueQuerySchema.parse({ page: 2 }), 5);
    expect(page2.items).toEqual(all.items.slice(5, 10));
    expect(page2.pageCount).toBe(Math.ceil(seeds.size / 5));
  });

  it("orders alternatives by link strength and names the tags both carry", async () => {
    const neighbours = await alternativesFor(DREAMBOOTH, 50);
    expect(neighbours.length).toBeGreaterThan(0);
    const strengths = neighbours.map((n) => n.strength);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
    const myTags = new Set(seeds.get(DREAMBOOTH)!.capabilities.flatMap((c) => c.tags));
    for (const neighbour of neighbours) {
      const theirTags = new Set(seeds.get(neighbour.slug)!.capabilities.flatMap((c) => c.tags));
      const shared = [...myTags].filter((tag) => theirTags.has(tag)).sort();
      expect(neighbour.sharedTags.map((t) => t.slug).sort()).toEqual(shared);
      expect(neighbour.weight).toBe(shared.length);
      expect(neighbour.reason.length).toBeGreaterThan(0);
    }
  });

  it("lists each capability tag with how many published tools carry it and the best-ranked few", async () => {
    const tags = await listTagsWithTools(2);
    const expected = await database.prisma.$queryRaw<{ slug: string; total: number }[]>`
      SELECT tag.slug, count(DISTINCT t.id)::int AS total FROM capability_tag tag
      JOIN capability_tagging ct ON ct.tag_id = tag.id JOIN capability c ON c.id = ct.capability_id JOIN tool t ON t.id = c.tool_id AND t.published
      GROUP BY tag.slug`;
    const totals = new Map(expected.map((row) => [row.slug, row.total]));
    expect(tags.length).toBe(await database.prisma.capabilityTag.count());
    for (const tag of tags) {
      expect(tag.toolCount, tag.slug).toBe(totals.get(tag.slug) ?? 0);
      expect(tag.tools.length).toBe(Math.min(2, tag.toolCount));
      const ranked = await database.prisma.tool.findMany({ where: { slug: { in: tag.tools.map((tool) => tool.slug) } }, select: { slug: true, rank: true, provisional: true } });
      expectRankOrder(tag.tools.map((tool) => ranked.find((row) => row.slug === tool.slug)!));
    }
    expect(tags.some((tag) => tag.toolCount > 2)).toBe(true);
  });

  it("keeps the score history: each recompute adds a snapshot", async () => {
    const before = await getScoreHistory(GEMINI);
    await recomputeScores(database.prisma, "always");
    const after = await getScoreHistory(GEMINI);
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]!.rank).toBe(before[0]!.rank);
    expect(await recomputeScores(database.prisma, "when-changed")).toEqual([]);
  });
});
