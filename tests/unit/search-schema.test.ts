import { describe, expect, it } from "vitest";
import { isBlankSearch, lenientSearchQuery, rawSearchParams, searchHref, searchQuerySchema } from "@/lib/schemas/search";

const problems = (input: unknown) => {
  const result = searchQuerySchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("search query schema (strict, for the API)", () => {
  it("parses a full query, sorting and de-duplicating tags and origin tools", () => {
    const query = searchQuerySchema.parse({ q: "  dream booth ", kind: "model", pricing: "paid", free: "yes", tag: ["b-tag", "a-tag", "b-tag"], from: "zeta,alpha", page: "3" });
    expect(query).toEqual({ q: "dream booth", kind: "model", pricing: "paid", free: "yes", tag: ["a-tag", "b-tag"], from: ["alpha", "zeta"], sort: "relevance", page: 3 });
  });

  it("defaults to page 1 and no tags, and reads blank text as no text", () => {
    expect(searchQuerySchema.parse({ q: "   " })).toEqual({ tag: [], sort: "relevance", page: 1 });
  });

  it("names each invalid field and why", () => {
    expect(problems({ kind: "robot", free: "maybe", page: "0", tag: ["Not A Slug"], like: "a b", q: "x".repeat(201) })).toEqual([
      "q: must be at most 200 characters",
      "kind: Invalid option: expected one of \"model\"|\"repository\"|\"api\"|\"app\"|\"agent\"|\"library\"|\"dataset\"|\"platform\"",
      'free: must be "yes" or "no"',
      "tag.0: must be a tool or tag slug (lowercase letters, digits, hyphens)",
      "like: must be a tool or tag slug (lowercase letters, digits, hyphens)",
      "page: must be 1 or more",
    ]);
    expect(problems({ from: "a,b,c,d,e" })).toEqual(["from: at most 4 tools"]);
    expect(problems({ like: "a", from: "b" })).toEqual(['from: cannot be combined with "like"']);
    expect(problems({ tag: ["a", "b", "c", "d", "e", "f"] })).toEqual(["tag: at most 5 tags"]);
  });

  it("reads repeated URL parameters as lists", () => {
    const params = new URLSearchParams("q=x&tag=a&tag=b&page=2");
    expect(searchQuerySchema.parse(rawSearchParams(params))).toMatchObject({ q: "x", tag: ["a", "b"], page: 2 });
  });
});

describe("lenient search query (for the page)", () => {
  it("drops invalid parameters and keeps the valid ones", () => {
    expect(lenientSearchQuery({ q: "dog", kind: "robot", page: "-2", tag: ["ok-tag", "NOT OK"], free: "yes" })).toEqual({ q: "dog", free: "yes", tag: ["ok-tag"], sort: "relevance", page: 1 });
  });

  it("prefers like over from, truncates long text and takes the first of repeated single values", () => {
    expect(lenientSearchQuery({ like: "a", from: "b,c", q: "x".repeat(300), kind: ["api", "model"] })).toEqual({ like: "a", q: "x".repeat(200), kind: "api", tag: [], sort: "relevance", page: 1 });
  });
});

describe("searchHref", () => {
  it("writes one canonical URL per state and round-trips through the schema", () => {
    const query = searchQuerySchema.parse({ q: "speech to text", kind: "api", tag: ["streaming", "speech-to-text"], page: 2 });
    const href = searchHref(query);
    expect(href).toBe("/search?q=speech+to+text&kind=api&tag=speech-to-text&tag=streaming&page=2");
    expect(searchQuerySchema.parse(rawSearchParams(new URL(href, "http://x").searchParams))).toEqual(query);
    expect(searchHref({ from: ["a", "b"] })).toBe("/search?from=a,b");
    expect(searchHref({ page: 1 })).toBe("/search");
    const cheaper = searchQuerySchema.parse({ sort: "price", cheaper: "gpt-5" });
    expect(searchHref(cheaper)).toBe("/search?sort=price&cheaper=gpt-5");
    expect(searchQuerySchema.parse(rawSearchParams(new URL(searchHref(cheaper), "http://x").searchParams))).toEqual(cheaper);
    expect(problems({ sort: "cost" })).toEqual(['sort: must be "relevance" or "price"']);
  });

  it("knows the blank state", () => {
    expect(isBlankSearch(searchQuerySchema.parse({}))).toBe(true);
    expect(isBlankSearch(searchQuerySchema.parse({ tag: ["a"] }))).toBe(false);
    expect(isBlankSearch(searchQuerySchema.parse({ sort: "price" }))).toBe(false);
  });
});
