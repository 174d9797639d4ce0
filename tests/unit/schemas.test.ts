import { describe, expect, it } from "vitest";
import { catalogueHref, catalogueQuerySchema, lenientCatalogueQuery } from "@/lib/schemas/catalogue-query";
import { toolSeedSchema } from "@/lib/schemas/tool";
import { isValidSlug, slugify } from "@/lib/slug";

const validTool = {
  slug: "example-tool",
  name: "Example Tool",
  kind: "library",
  vendor: "Example",
  summary: "A library used in tests.",
  website: "https://example.com",
  pricingModel: "open_source",
  freeTier: true,
  lastVerifiedAt: "2025-06-01",
  capabilities: [{ title: "Does a thing", description: "It does it.", unique: "Uniquely.", vsAlternatives: "Better.", tags: ["streaming"] }],
  prices: [{ label: "Pro", amount: "20.00", unit: "per_month", isStarting: true, asOf: "2025-06-01" }],
  signals: [{ kind: "github_stars", value: 10, source: "https://github.com/example/example", observedAt: "2025-06-01" }],
};

const fieldsOf = (input: unknown) => {
  const result = toolSeedSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
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
    expect(tool.prices[0]).toMatchObject({ amount: "20", currency: "USD" });
    expect(tool.sourceRepository).toBeNull();
    expect(tool.signals[0]!.note).toBeNull();
  });

  it("names the field of each problem", () => {
    expect(fieldsOf({ ...validTool, slug: "Bad Slug" })).toEqual(["slug"]);
    expect(fieldsOf({ ...validTool, website: "ftp://example.com" })).toEqual(["website"]);
    expect(fieldsOf({ ...validTool, lastVerifiedAt: "2999-01-01" })).toEqual(["lastVerifiedAt"]);
    expect(fieldsOf({ ...validTool, lastVerifiedAt: "2025-02-30" })).toEqual(["lastVerifiedAt"]);
    expect(fieldsOf({ ...validTool, prices: [{ ...validTool.prices[0], amount: "-1" }] })).toEqual(["prices.0.amount"]);
    expect(fieldsOf({ ...validTool, prices: [{ ...validTool.prices[0], unit: "per_token" }] })).toEqual(["prices.0.unit"]);
    expect(fieldsOf({ ...validTool, capabilities: [] })).toEqual(["capabilities"]);
  });

  it("refuses two starting prices and a signal given twice", () => {
    expect(fieldsOf({ ...validTool, prices: [validTool.prices[0], validTool.prices[0]] })).toEqual(["prices"]);
    expect(fieldsOf({ ...validTool, signals: [validTool.signals[0], validTool.signals[0]] })).toEqual(["signals.1.kind"]);
  });
});

describe("catalogue query", () => {
  it("parses filters and defaults", () => {
    expect(catalogueQuerySchema.parse({ kind: "model", page: "2" })).toEqual({ kind: "model", sort: "rank", page: 2 });
  });

  it("drops invalid parameters for pages but keeps the valid ones", () => {
    expect(lenientCatalogueQuery({ kind: "spaceship", sort: "name", page: "-3" })).toEqual({ sort: "name", page: 1 });
  });

  it("writes one URL per state, leaving defaults out", () => {
    expect(catalogueHref({ sort: "rank", page: 1 })).toBe("/tools");
    expect(catalogueHref({ kind: "api", free: "yes", sort: "name", page: 3 })).toBe("/tools?kind=api&free=yes&sort=name&page=3");
  });
});
