import { beforeAll, describe, expect, it } from "vitest";
import { presentPricesAsOf } from "@/lib/api/present";
import { getMostViewedComparisons, getToolDetail, getTopTools, listTools } from "@/lib/catalog/queries";
import { comparisonOf } from "@/lib/comparison/load";
import { catalogueQuerySchema } from "@/lib/schemas/catalogue-query";
import { exportTool } from "@/lib/seeds/export";
import { TEST_SOURCE } from "../support/sources";
import { useTestDatabase } from "../support/test-database";
import { buildTool, createTools, tokenPrice } from "../support/factories";

const later = { ...TEST_SOURCE, date: "2026-03-01", checkedAt: "2026-03-05" };

const current = buildTool({
  slug: "lp-current",
  name: "Current Model",
  kind: "model",
  category: "llm",
  status: { source: TEST_SOURCE },
  facts: { contextWindow: { value: 400_000, source: TEST_SOURCE }, openWeights: { value: false, source: TEST_SOURCE } },
  // Evidence on every dimension, so its Rank is settled (a provisional one is left out of Top tools); in the order export writes them.
  signals: [
    { kind: "arena_elo", value: 1200, source: TEST_SOURCE },
    { kind: "github_stars", value: 100, source: TEST_SOURCE },
    { kind: "sdk_languages", value: 3, source: TEST_SOURCE },
  ],
  offers: [
    { provider: "Vendor", providerSlug: "lp-vendor", modelId: "current", prices: [tokenPrice("input", "3", { validTo: "2026-03-01", isStarting: false }), tokenPrice("input", "2", { validFrom: "2026-03-01", source: later }), tokenPrice("output", "8")] },
    { provider: "Host", providerSlug: "lp-host", modelId: "current", prices: [tokenPrice("input", "1.5", { isStarting: false }), tokenPrice("output", "9")] },
  ],
});
const retired = buildTool({
  slug: "lp-retired",
  name: "Old Model",
  kind: "model",
  category: "llm",
  status: { value: "retired", date: "2026-06-17", successor: "lp-current", source: { ...TEST_SOURCE, date: "2026-06-17", checkedAt: "2026-07-01" } },
  offers: [{ provider: "Vendor", providerSlug: "lp-vendor", modelId: "old", prices: [tokenPrice("input", "5", { validTo: "2026-06-17", isStarting: false }), tokenPrice("output", "20", { validTo: "2026-06-17" })] }],
});

describe("lifecycle and dated prices", () => {
  const database = useTestDatabase("migrated");
  beforeAll(async () => {
    await createTools(database.prisma, [current, retired]);
    await database.prisma.comparisonView.create({ data: { pairKey: "lp-current,lp-retired", slugs: ["lp-current", "lp-retired"], views: 99 } });
  });

  it("round-trips a tool with its status, successor, offers, price history and facts, and derives last verified from them", async () => {
    expect(await exportTool(database.prisma, "lp-current")).toEqual(current);
    expect(await exportTool(database.prisma, "lp-retired")).toEqual(retired);
    const row = await database.prisma.tool.findUniqueOrThrow({ where: { slug: "lp-current" } });
    expect(row.lastVerifiedAt.toISOString().slice(0, 10)).toBe("2026-03-05");
  });

  it("keeps offers apart and shows only prices in force as current, the rest as history", async () => {
    const tool = (await getToolDetail("lp-current"))!;
    expect(tool.offers.map((offer) => offer.provider)).toEqual(["Vendor", "Host"]);
    expect(tool.prices.map((price) => `${price.provider} ${price.meter} ${price.amount}`)).toEqual(["Vendor input 2", "Vendor output 8", "Host input 1.5", "Host output 9"]);
    expect(tool.offers[0]!.prices.at(-1)).toMatchObject({ amount: "3", validTo: "2026-03-01" });
  });

  it("answers the prices in force on any date", async () => {
    const tool = (await getToolDetail("lp-current"))!;
    const inputOf = (asOf: string) => presentPricesAsOf(tool, asOf).offers[0]!.prices.find((price) => price.meter === "input")!.amount;
    expect(inputOf("2026-02-28")).toBe("3");
    expect(inputOf("2026-03-01")).toBe("2");
    expect(presentPricesAsOf(tool, "2020-01-01").offers.every((offer) => offer.prices.length === 0)).toBe(true);
    expect(presentPricesAsOf((await getToolDetail("lp-retired"))!, "2026-07-01").offers[0]!.prices).toEqual([]);
  });

  it("names a retired tool with its date and successor in the verdict, and links the successor's comparison", async () => {
    const data = comparisonOf([(await getToolDetail("lp-current"))!, (await getToolDetail("lp-retired"))!]);
    expect(data.verdict[0]).toBe("Old Model: retired on 17 June 2026; its successor is Current Model.");
    expect(data.successorLinks).toEqual([]);
    expect((await getToolDetail("lp-retired"))!.lifecycle).toMatchObject({ value: "retired", date: "2026-06-17", successor: { slug: "lp-current", name: "Current Model" } });
  });

  it("keeps retired tools out of Top tools, comparisons worth opening and the default catalogue, but reachable", async () => {
    expect((await getTopTools(10)).map((tool) => tool.slug)).toEqual(["lp-current"]);
    expect(await getMostViewedComparisons(5)).toEqual([]);
    const slugs = async (status: string) => (await listTools(catalogueQuerySchema.parse({ status }))).items.map((tool) => tool.slug).sort();
    expect(await slugs("available")).toEqual(["lp-current"]);
    expect(await slugs("all")).toEqual(["lp-current", "lp-retired"]);
    expect(await slugs("retired")).toEqual(["lp-retired"]);
    expect(await getToolDetail("lp-retired")).not.toBeNull();
  });
});
