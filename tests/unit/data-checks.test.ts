import { describe, expect, it } from "vitest";
import { checkToolData, isPriceStale, sourcesDisagree, tokenPriceIssue } from "@/lib/catalog/data-checks";
import { toolSeedSchema, type PricePointInput } from "@/lib/schemas/tool";
import { TEST_SOURCE } from "../support/sources";

const price = (meter: PricePointInput["meter"], amount: string, extra: Partial<PricePointInput> = {}): PricePointInput => ({
  label: meter,
  meter,
  amount,
  currency: "USD",
  unit: meter === "output" ? "per_1m_output_tokens" : "per_1m_input_tokens",
  tierFrom: null,
  batch: false,
  isStarting: meter === "input",
  validFrom: "2025-06-01",
  validTo: null,
  source: TEST_SOURCE,
  ...extra,
});

const model = (prices: PricePointInput[], facts: Record<string, unknown> = {}) =>
  toolSeedSchema.parse({
    slug: "m",
    name: "M",
    kind: "model",
    category: "llm",
    vendor: "V",
    summary: "A model.",
    website: "https://example.com",
    pricingModel: "paid",
    freeTier: false,
    status: { value: "active", source: TEST_SOURCE },
    facts,
    offers: [{ provider: "V", providerSlug: "v", modelId: "m", prices }],
  });

describe("data checks", () => {
  it("refuses token prices outside $0.001–$1,000 per 1M, and names a 10^6 slip either way", () => {
    expect(tokenPriceIssue(price("input", "3"))).toBeNull();
    expect(tokenPriceIssue(price("input", "0"))).toBeNull();
    expect(tokenPriceIssue(price("input", "0.000003"))).toContain("did you mean 3?");
    expect(tokenPriceIssue(price("output", "15000000"))).toContain("did you mean 15?");
    expect(tokenPriceIssue(price("input", "5000"))).toBe("5000 is outside $0.001–$1,000 per 1M tokens");
    expect(tokenPriceIssue({ amount: "5000", unit: "per_month", currency: "USD" })).toBeNull();
  });

  it("flags output priced below input (same tier, same mode) without refusing it", () => {
    const issues = checkToolData(model([price("input", "3"), price("output", "1")]));
    expect(issues).toEqual([{ severity: "warning", field: "offers.0.prices", message: expect.stringContaining("output below input") }]);
    expect(checkToolData(model([price("input", "3"), price("output", "15"), price("input", "6", { tierFrom: 200_000, isStarting: false })]))).toEqual([]);
  });

  it("refuses a max output larger than the context window", () => {
    const issues = checkToolData(model([price("input", "3"), price("output", "15")], { contextWindow: { value: 8000, source: TEST_SOURCE }, maxOutputTokens: { value: 16000, source: TEST_SOURCE } }));
    expect(issues).toEqual([{ severity: "error", field: "facts.maxOutputTokens", message: expect.stringContaining("larger than the 8000-token context window") }]);
  });

  it("needs a starting price among current prices, and never an ended one", () => {
    expect(checkToolData(model([price("input", "3", { isStarting: false }), price("output", "15")])).map((i) => i.message)).toContain("has current prices but none is marked as the starting price");
    const ended = checkToolData(model([price("input", "3", { validTo: "2025-09-01" }), price("output", "15", { isStarting: false })]));
    expect(ended.map((i) => i.message)).toContain("the starting price must be one in force (validTo empty)");
  });

  it("flags two sources more than 5% apart with both values", () => {
    expect(sourcesDisagree([{ source: "a", value: 3 }, { source: "b", value: 3.1 }])).toBeNull();
    expect(sourcesDisagree([{ source: "genai-prices", value: 3 }, { source: "models.dev", value: 3.5 }])).toBe("sources disagree: genai-prices says 3, models.dev says 3.5");
  });

  it("calls a price stale after 180 days on an active tool only, judged on the day given (never the clock)", () => {
    const current = { validTo: null, source: { date: "2025-01-01" } };
    expect(isPriceStale(current, "active", "2025-06-30")).toBe(false);
    expect(isPriceStale(current, "active", "2025-07-01")).toBe(true);
    expect(isPriceStale(current, "retired", "2026-01-01")).toBe(false);
    expect(isPriceStale({ ...current, validTo: "2025-03-01" }, "active", "2026-01-01")).toBe(false);
  });
});
