import { beforeAll, describe, expect, it } from "vitest";
import { getToolDetail } from "@/lib/catalog/queries";
import { refreshDerivedCapabilities } from "@/lib/catalog/refresh-derived";
import { TEST_SOURCE } from "../support/sources";
import { useTestDatabase } from "../support/test-database";
import { buildTool, createTools, tokenPrice } from "../support/factories";

const fact = <T>(value: T) => ({ value, source: TEST_SOURCE });
const model = (slug: string, context: number, capabilities?: []) =>
  buildTool({
    slug,
    name: slug.toUpperCase(),
    kind: "model",
    category: "llm",
    ...(capabilities ? { capabilities } : {}),
    facts: { contextWindow: fact(context), toolCalling: fact(true), reasoning: fact(true) },
    offers: [{ provider: "V", providerSlug: `v-${slug}`, modelId: slug, prices: [tokenPrice("input", "1"), tokenPrice("output", "2")] }],
  });

describe("derived capabilities in the database", () => {
  const database = useTestDatabase("migrated");
  beforeAll(async () => {
    await database.prisma.capabilityTag.createMany({
      data: ["long-context", "text-generation", "reasoning", "function-calling", "token-pricing"].map((slug) => ({ slug, name: slug, definition: slug })),
    });
    await createTools(database.prisma, [model("dc-small", 100_000, []), model("dc-big", 400_000, []), model("dc-written", 50_000)]);
  });

  it("gives a tool without capabilities of its own the ones derived from its facts, marked as derived", async () => {
    const tool = (await getToolDetail("dc-small"))!;
    expect(tool.capabilities.map((c) => [c.title, c.derived])).toEqual([
      ["Reads up to 100,000 tokens at once", true],
      ["Thinks before it answers", true],
      ["Calls tools you define", true],
      ["$1 in, $2 out per 1M tokens", true],
    ]);
    expect(tool.capabilities[0]!.unique).toBe("That window is the 2nd largest of the 3 current language models in the catalogue that state it.");
    expect((await getToolDetail("dc-written"))!.capabilities.every((c) => !c.derived)).toBe(true);
  });

  it("rewrites them when the catalogue changes; a second pass finds nothing to change", async () => {
    await createTools(database.prisma, [model("dc-huge", 2_000_000, [])]);
    expect((await getToolDetail("dc-small"))!.capabilities[0]!.unique).toBe("That window is the 3rd largest of the 4 current language models in the catalogue that state it.");
    expect(await database.prisma.$transaction((tx) => refreshDerivedCapabilities(tx))).toEqual([]);
  });
});
