import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lenientSearchQuery, rawSearchParams, searchHref, searchQuerySchema } from "@/lib/schemas/search";
import { parseSearchText } from "@/lib/search/terms";
import { queryParams, RUNS, text } from "../../support/arbitraries";

const KNOWN = ["q", "kind", "pricing", "free", "tag", "like", "from", "page"];

describe("fuzzing the search's query parsing", () => {
  it("the page's lenient reading never throws and always gives a valid query that round-trips through its URL", () => {
    fc.assert(
      fc.property(queryParams(KNOWN), (params) => {
        const query = lenientSearchQuery(rawSearchParams(params));
        expect(searchQuerySchema.safeParse(query).success).toBe(true);
        const again = lenientSearchQuery(rawSearchParams(new URL(searchHref(query), "http://x").searchParams));
        expect(again).toEqual(query);
      }),
      { numRuns: RUNS },
    );
  });

  it("the strict reading never throws: a query, or issues that each name a field", () => {
    fc.assert(
      fc.property(queryParams(KNOWN), (params) => {
        const parsed = searchQuerySchema.safeParse(rawSearchParams(params));
        if (!parsed.success) for (const issue of parsed.error.issues) expect(issue.path.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it("the words of any text become search terms or nothing, never a throw", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: "binary", maxLength: 200 })), (input) => {
        const parsed = parseSearchText(input);
        if (parsed) expect(typeof parsed).toBe("object");
      }),
      { numRuns: RUNS },
    );
  });
});
