import { describe, expect, it } from "vitest";
import { catalogueHref, catalogueQuerySchema, lenientCatalogueQuery } from "@/lib/schemas/catalogue-query";
import { toolSeedSchema } from "@/lib/schemas/tool";
import { isValidSlug, slugify } from "@/lib/slug";
import { TEST_SOURCE } from "../support/sources";

const price = { label: "Pro", meter: "other", amount: "20.00", unit: "per_month", isStarting: true, validFrom: "2025-06-01", source: TEST_SOURCE };
const validTool = {
  slug: "example-tool",
  name: "Example Tool",
  kind: "library",
  category: "app-framework",
  vendor: "Example",
  summary: "A library used in tests.",
  website: "https://example.com",
  pricingModel: "open_source",
  freeTier: true,
  status: { value: "active", source: TEST_SOURCE },
  capabilities: [{ title: "Does a thing", description: "It does it.", unique: "Uniquely.", vsAlternatives: "Better.", tags: ["streaming"] }],
  offers: [{ provider: "Example", providerSlug: "example", modelId: "pro", prices: [price] }],
  signals: [{ kind: "github_stars", value: 10, source: TEST_SOURCE }],
};
const withPrices = (...prices: object[]) => ({ ...validTool, offers: [{ ...validTool.offers[0], prices }] });

const fieldsOf = (input: unknown) => {
  const result = toolSeedSchema.safeParse(input);
  return result.success ? [] : [...new Set(result.error.issues.map((issue) => issue.path.join(".")))];
};

describe("slugs", () => {
  it("accepts lowercase hyphenated slugs only", () => {
    expect(isValidSlug("gpt-4o-mini")).toBe(true);
    for (const bad of ["GPT", "a--b", "-a", "a-", "a b", "", "ä"]) expect(isValidSlug(bad)).toBe(false);
  });

  it("makes a slug from a name", () => {
    expect(slugify("Google: Gemini 2.0 Flash Lite")).toBe("google-gemini-2-0-flash-lite");
    expect(slugify("  Café  Ünïcode!! ")).toBe("cafe-unicode");
  });
});

describe("tool seed schema", () => {
  it("accepts a valid tool, filling defaults and canonicalising amounts", () => {
    const tool = toolSeedSchema.parse(validTool);
    expect(tool.offers[0]!.prices[0]).toMatchObject({ amount: "20", currency: "USD", validTo: null, tierFrom: null, batch: false });
    expect(tool.status).toMatchObject({ value: "active", date: null, successor: null });
    expect(tool.sourceRepository).toBeNull();
    expect(tool.signals[0]!.note).toBeNull();
  });

  it("names the field of each problem", () => {
    expect(fieldsOf({ ...validTool, slug: "Bad Slug" })).toEqual(["slug"]);
    expect(fieldsOf({ ...validTool, website: "ftp://example.com" })).toEqual(["website"]);
    expect(fieldsOf({ ...validTool, status: { value: "active", source: { ...TEST_SOURCE, date: "2999-01-01" } } })).toEqual(["status.source.date"]);
    expect(fieldsOf({ ...validTool, status: { value: "active", source: { ...TEST_SOURCE, date: "2025-02-30" } } })).toEqual(["status.source.date"]);
    expect(fieldsOf(withPrices({ ...price, amount: "-1" }))).toEqual(["offers.0.prices.0.amount"]);
    expect(fieldsOf(withPrices({ ...price, unit: "per_token" }))).toEqual(["offers.0.prices.0.unit"]);
    expect(fieldsOf(withPrices({ ...price, validTo: "2025-01-01" }))).toEqual(["offers.0.prices.0.validTo"]);
    expect(fieldsOf({ ...validTool, category: "spaceship" })).toEqual(["category"]);
  });

  it("needs a date for a retired, deprecated or archived status; a shutdown may be announced for later", () => {
    expect(fieldsOf({ ...validTool, status: { value: "retired", source: TEST_SOURCE } })).toEqual(["status.date"]);
    expect(fieldsOf({ ...validTool, status: { value: "retired", date: "2025-07-01", source: TEST_SOURCE } })).toEqual(["status.date"]);
    expect(fieldsOf({ ...validTool, status: { value: "deprecated", date: "2999-01-01", source: TEST_SOURCE } })).toEqual([]);
    expect(fieldsOf({ ...validTool, status: { value: "active", successor: "example-tool", source: TEST_SOURCE } })).toEqual(["status.successor"]);
  });

  it("refuses two starting prices, an offer given twice and a signal given twice", () => {
    expect(fieldsOf(withPrices(price, price))).toEqual(["offers"]);
    expect(fieldsOf({ ...validTool, offers: [validTool.offers[0], validTool.offers[0]] })).toEqual(["offers", "offers.1.modelId"]);
    expect(fieldsOf({ ...validTool, signals: [validTool.signals[0], validTool.signals[0]] })).toEqual(["signals.1.kind"]);
  });
});

describe("catalogue query", () => {
  it("parses filters and defaults", () => {
    expect(catalogueQuerySchema.parse({ kind: "model", page: "2" })).toEqual({ kind: "model", status: "available", sort: "rank", page: 2 });
  });

  it("drops invalid parameters for pages but keeps the valid ones", () => {
    expect(lenientCatalogueQuery({ kind: "spaceship", sort: "name", page: "-3" })).toEqual({ status: "available", sort: "name", page: 1 });
  });

  it("writes one URL per state, leaving defaults out", () => {
    expect(catalogueHref({ sort: "rank", page: 1 })).toBe("/tools");
    expect(catalogueHref({ kind: "api", free: "yes", sort: "name", page: 3 })).toBe("/tools?kind=api&free=yes&sort=name&page=3");
    expect(catalogueHref({ status: "all", category: "vector-database" })).toBe("/tools?category=vector-database&status=all");
  });
});
