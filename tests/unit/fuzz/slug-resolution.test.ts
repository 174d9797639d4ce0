import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { candidateSlugs, comparisonPath, resolveComparison } from "@/lib/compare-url";
import { resolveRequestPath } from "@/lib/routing/resolve-request";
import { isValidSlug, slugify } from "@/lib/slug";
import { RUNS, slugish, text } from "../../support/arbitraries";

const catalogue = ["gpt-4o", "claude-vs-gpt", "a", "b-vs-c", "vllm", "whisper"];
const existing = async (slugs: string[]) => slugs.filter((slug) => catalogue.includes(slug));

/** A path a visitor or a crawler might ask for: real shapes with fuzzed parts. */
const pathname = fc.oneof(
  fc.tuple(fc.constantFrom("/compare/", "/tools/", "/graph/"), fc.oneof(slugish, text, fc.array(fc.constantFrom(...catalogue, "nope", "GPT-4O"), { maxLength: 5 }).map((slugs) => slugs.join("-vs-")))).map(([prefix, rest]) => prefix + rest),
  fc.webPath(),
);

describe("fuzzing slug resolution", () => {
  it("every path resolves to the page, a redirect to a canonical path that is itself the page, or a 404 — never a throw", async () => {
    await fc.assert(
      fc.asyncProperty(pathname, async (path) => {
        const decision = await resolveRequestPath(path, existing);
        expect(["pass", "redirect", "not-found"]).toContain(decision.kind);
        if (decision.kind === "redirect") {
          expect(decision.location).not.toBe(path);
          expect(await resolveRequestPath(decision.location, existing)).toEqual({ kind: "pass" });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("a comparison segment resolves only to existing tools, in canonical order", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.array(fc.constantFrom(...catalogue, "x"), { maxLength: 5 }).map((slugs) => slugs.join("-vs-"))), (segment) => {
        for (const slug of candidateSlugs(segment)) expect(typeof slug).toBe("string");
        const resolution = resolveComparison(segment, (slug) => catalogue.includes(slug));
        if (resolution.kind === "single") expect(catalogue.map((slug) => `/tools/${slug}`)).toContain(resolution.canonicalPath);
        if (resolution.kind === "compare") {
          expect(resolution.slugs.every((slug) => catalogue.includes(slug))).toBe(true);
          expect(resolution.canonicalPath).toBe(comparisonPath(resolution.slugs));
          // The canonical URL reads back as the same tools.
          expect(resolveComparison(resolution.canonicalPath.slice("/compare/".length), (slug) => catalogue.includes(slug))).toEqual(resolution);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("slugify gives a valid slug or nothing, for any name", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: "grapheme", maxLength: 150 })), (name) => {
        const slug = slugify(name);
        expect(slug === "" || isValidSlug(slug)).toBe(true);
        expect(slugify(slug)).toBe(slug);
      }),
      { numRuns: RUNS },
    );
  });
});
