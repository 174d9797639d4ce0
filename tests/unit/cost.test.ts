import { describe, expect, it } from "vitest";
import type { OfferView, PriceView } from "@/lib/catalog/types";
import { compareCosts, costEntries, hasTokenPrices, offerCost, usageSchema } from "@/lib/cost";
import { readUsage } from "@/lib/cost-query";
import { TEST_SOURCE } from "../support/sources";

const price = (meter: PriceView["meter"], amount: string, extra: Partial<PriceView> = {}): PriceView => ({
  provider: "P",
  label: meter,
  meter,
  amount,
  currency: "USD",
  unit: meter === "output" ? "per_1m_output_tokens" : "per_1m_input_tokens",
  tierFrom: null,
  batch: false,
  isStarting: false,
  validFrom: "2025-01-01",
  validTo: null,
  source: TEST_SOURCE,
  ...extra,
});
const offer = (provider: string, prices: PriceView[]): OfferView => ({ provider, providerSlug: provider.toLowerCase(), modelId: "m", url: null, status: null, prices });
const tool = { slug: "m", name: "M", lifecycle: { value: "active" as const, date: null } };
const usage = (values: Record<string, string | number>) => usageSchema.parse(values);

describe("monthly cost of an offer", () => {
  const vendor = offer("Vendor", [price("input", "3"), price("cached_input", "0.3"), price("output", "15"), price("input", "6", { tierFrom: 200_000 }), price("output", "22.5", { tierFrom: 200_000 }), price("input", "1.5", { batch: true }), price("output", "7.5", { batch: true }), price("input", "5", { validTo: "2025-01-01", validFrom: "2024-01-01" })]);

  it("charges uncached input, cached input and output at their own prices", () => {
    const cost = offerCost({ tool, offer: vendor }, usage({ input: 10_000_000, cached: 4_000_000, output: 2_000_000 }));
    expect(cost.kind).toBe("priced");
    if (cost.kind !== "priced") return;
    expect(cost.lines).toEqual([
      { label: "Input", tokens: 6_000_000, per1M: 3, cost: 18 },
      { label: "Cached input", tokens: 4_000_000, per1M: 0.3, cost: expect.closeTo(1.2, 10) },
      { label: "Output", tokens: 2_000_000, per1M: 15, cost: 30 },
    ]);
    expect(cost.total).toBeCloseTo(49.2, 10);
  });

  it("uses the long-prompt tier only when prompts are longer than its threshold", () => {
    const short = offerCost({ tool, offer: vendor }, usage({ input: 1_000_000, output: 0, prompt: 200_000 }));
    const long = offerCost({ tool, offer: vendor }, usage({ input: 1_000_000, output: 1_000_000, prompt: 200_001 }));
    expect(short.kind === "priced" && short.total).toBe(3);
    expect(long.kind === "priced" && long.total).toBe(28.5);
    expect(long.kind === "priced" && long.notes).toContain("long-prompt price: prompts over 200,000 tokens");
  });

  it("uses batch prices when asked, falling back (with a note) where none is offered", () => {
    const batch = offerCost({ tool, offer: vendor }, usage({ input: 1_000_000, output: 1_000_000, cached: 1_000_000, batch: "yes" }));
    expect(batch.kind === "priced" && batch.total).toBeCloseTo(0.3 + 7.5, 10);
    expect(batch.kind === "priced" && batch.notes).toEqual(["no batch price for cached input: standard price used"]);
  });

  it("charges cached tokens at the input price when the offer has no cache price, and says so", () => {
    const plain = offer("Plain", [price("input", "2"), price("output", "4")]);
    const cost = offerCost({ tool, offer: plain }, usage({ input: 1_000_000, cached: 500_000, output: 0 }));
    expect(cost.kind === "priced" && cost.total).toBe(2);
    expect(cost.kind === "priced" && cost.lines[1]!.label).toBe("Cached input (no cache price: input price)");
  });

  it("marks the strictly cheapest offer, lists unpriced offers last and never marks a tie", () => {
    const host = offer("Host", [price("input", "2"), price("output", "10")]);
    const seats = offer("Seats", [price("other", "20", { unit: "per_seat_month" })]);
    const { costs, cheapest } = compareCosts([{ tool, offer: vendor }, { tool, offer: seats }, { tool, offer: host }], usage({ input: 1_000_000, output: 1_000_000 }));
    expect(costs.map((cost) => cost.offer.provider)).toEqual(["Host", "Vendor", "Seats"]);
    expect(cheapest?.offer.provider).toBe("Host");
    expect(costs[2]).toMatchObject({ kind: "unpriced", reason: "no per-token input and output prices" });
    const twin = offer("Twin", [price("input", "2"), price("output", "10")]);
    expect(compareCosts([{ tool, offer: host }, { tool, offer: twin }], usage({})).cheapest).toBeNull();
  });
});

describe("offers no longer sold", () => {
  const priced = offer("Vendor", [price("input", "2"), price("output", "10")]);
  const retiredTool = { ...tool, lifecycle: { value: "retired" as const, date: "2026-06-01" } };

  it("are never priced: a retired tool's offers, or a retired offer of a current tool, say so instead", () => {
    expect(offerCost({ tool: retiredTool, offer: priced }, usage({}))).toMatchObject({ kind: "unpriced", reason: "no longer sold (retired on 1 June 2026)" });
    const retiredOffer = { ...priced, status: { value: "retired" as const, date: null, source: TEST_SOURCE } };
    expect(offerCost({ tool, offer: retiredOffer }, usage({}))).toMatchObject({ kind: "unpriced", reason: "no longer sold (retired)" });
    const deprecated = { ...tool, lifecycle: { value: "deprecated" as const, date: "2027-01-01" } };
    expect(offerCost({ tool: deprecated, offer: priced }, usage({})).kind).toBe("priced");
  });

  it("give a calculator nothing to compute", () => {
    expect(hasTokenPrices(costEntries([{ ...retiredTool, offers: [priced] }]))).toBe(false);
    expect(hasTokenPrices(costEntries([{ ...retiredTool, offers: [priced] }, { ...tool, slug: "n", offers: [priced] }]))).toBe(true);
  });
});

describe("the calculator's URL", () => {
  it("reads numbers from the query, keeps the valid ones and reports each bad one by field", () => {
    expect(readUsage({ input: "5000000", output: "1000", batch: "yes" })).toEqual({ usage: { input: 5_000_000, output: 1000, cached: 0, batch: "yes" }, errors: {} });
    const { usage: kept, errors } = readUsage({ input: "lots", output: "2000", cached: "-1" });
    expect(errors).toEqual({ input: "must be a number of tokens", cached: "must be 0 or more" });
    expect(kept).toMatchObject({ input: 10_000_000, output: 2000, cached: 0 });
    expect(readUsage({ input: "10", cached: "20" }).errors).toEqual({ cached: "cannot be more than the input tokens (cached tokens are part of the input)" });
  });
});
