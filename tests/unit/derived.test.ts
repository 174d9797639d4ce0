import { describe, expect, it } from "vitest";
import { deriveCapabilities, listPrices, type DerivableTool } from "@/lib/catalog/derived";
import { toolSeedSchema } from "@/lib/schemas/tool";
import { TEST_SOURCE } from "../support/sources";
import { buildTool, tokenPrice } from "../support/factories";

const fact = <T>(value: T) => ({ value, source: TEST_SOURCE });

function model(slug: string, context: number, input: string, extra: Partial<DerivableTool["facts"]> = {}, status = "active"): DerivableTool {
  return toolSeedSchema.parse(
    buildTool({
      slug,
      name: slug.toUpperCase(),
      kind: "model",
      category: "llm",
      capabilities: [],
      status: { value: status as "active", date: status === "retired" ? "2025-01-01" : null },
      facts: { contextWindow: fact(context), ...extra },
      offers: [{ provider: "V", providerSlug: "v", modelId: slug, prices: [tokenPrice("input", input), tokenPrice("output", String(Number(input) * 4)), tokenPrice("cached_input", "0.01")] }],
    }),
  );
}

describe("capabilities derived from facts and the catalogue", () => {
  const a = model("a", 1_000_000, "2", { inputModalities: fact(["text", "image"] as const), reasoning: fact(true), openWeights: fact(false) });
  const b = model("b", 200_000, "0.5", { inputModalities: fact(["text", "image"] as const), reasoning: fact(true) });
  const c = model("c", 32_000, "0.1", { openWeights: fact(true) });
  const catalogue = [a, b, c];

  it("writes one capability per fact, comparing the tool with its current peers", () => {
    const derived = deriveCapabilities(b, catalogue);
    expect(derived.map((capability) => capability.title)).toEqual(["Reads up to 200,000 tokens at once", "Takes image as well as text", "Thinks before it answers", "$0.50 in, $2 out per 1M tokens"]);
    expect(derived[0]).toMatchObject({ unique: "That window is the 2nd largest of the 3 current language models in the catalogue that state it.", vsAlternatives: "Nearest in window size: A (1,000,000) and C (32,000).", tags: ["long-context", "text-generation"] });
    expect(derived[1]).toMatchObject({ unique: "2 of the 3 current language models in the catalogue read image.", vsAlternatives: "Others that read the same: A." });
    expect(derived[3]).toMatchObject({ unique: "Its input price is the 2nd cheapest of the 3 current language models in the catalogue that state it.", tags: ["prompt-caching", "token-pricing"] });
    expect(deriveCapabilities(c, catalogue).map((capability) => capability.tags)).toContainEqual(["open-weights", "self-hostable"]);
  });

  it("stays true when the catalogue changes: a bigger window elsewhere moves the position", () => {
    const bigger = model("d", 2_000_000, "5");
    expect(deriveCapabilities(a, [...catalogue, bigger])[0]!.unique).toBe("That window is the 2nd largest of the 4 current language models in the catalogue that state it.");
    expect(deriveCapabilities(a, catalogue)[0]!.unique).toBe("That window is the largest of the 3 current language models in the catalogue that state it.");
  });

  it("compares only with tools one can pick today", () => {
    const retired = model("r", 5_000_000, "9", {}, "retired");
    expect(deriveCapabilities(a, [...catalogue, retired])[0]!.unique).toContain("the largest of the 3 current");
  });

  it("reads list prices from the offer holding the starting price, base tier only", () => {
    expect(listPrices(b)).toEqual({ input: 0.5, output: 2, cached: true, batch: false });
    expect(listPrices({ offers: [] })).toBeNull();
  });
});
