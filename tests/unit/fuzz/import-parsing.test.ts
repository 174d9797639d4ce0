import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOGUE_FORMAT, serializeCatalogue } from "@/lib/admin/catalogue/file-format";
import { parseCatalogueFile } from "@/lib/admin/catalogue/parse-file";
import { RUNS, text } from "../../support/arbitraries";
import { buildTag, buildTool } from "../../support/factories";

const tag = buildTag({ slug: "fuzz-tag" });
const valid = JSON.parse(serializeCatalogue({ format: CATALOGUE_FORMAT, tags: [tag], tools: [buildTool({ slug: "fuzz-a" }, [tag.slug]), buildTool({ slug: "fuzz-b" }, [tag.slug])], unpublished: ["fuzz-b"] })) as unknown;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The valid file with one value somewhere inside replaced (or a key added), as a hand edit gone wrong would. */
function mutate(value: Json, path: number[], replacement: Json, key: string): Json {
  if (path.length === 0 || value === null || typeof value !== "object") return replacement;
  const entries: [string, Json][] = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value);
  if (entries.length === 0) return Array.isArray(value) ? [replacement] : { [key]: replacement };
  const [head, ...rest] = path;
  const index = head! % entries.length;
  const next = entries.map(([name, item], position): [string, Json] => [name, position === index ? mutate(item, rest, replacement, key) : item]);
  if (Array.isArray(value)) return next.map(([, item]) => item);
  return Object.fromEntries(rest.length === 0 && head! % 3 === 0 ? [...next, [key, replacement]] : next);
}

function expectAnswer(text: string) {
  const result = parseCatalogueFile(text);
  if (result.ok) {
    // What it accepts, it reads back the same way.
    expect(parseCatalogueFile(serializeCatalogue(result.file))).toEqual(result);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problem.where.length).toBeGreaterThan(0);
      expect(problem.message.length).toBeGreaterThan(0);
    }
  }
}

describe("fuzzing import parsing", () => {
  it("the valid file is accepted (the property below starts from it)", () => {
    expect(parseCatalogueFile(JSON.stringify(valid)).ok).toBe(true);
  });

  it("a valid file edited anywhere is accepted or refused with where and why — never a throw", () => {
    const key = fc.oneof(fc.constantFrom("__proto__", "constructor", "toString", "slug", "tags", "extra"), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, key, (path, replacement, name) => {
        expectAnswer(JSON.stringify(mutate(valid as Json, path, replacement, name)));
      }),
      { numRuns: RUNS },
    );
  });

  it("any text or JSON at all is refused with where and why — never a throw", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.jsonValue().map((value) => JSON.stringify(value)), fc.string({ unit: "binary", maxLength: 300 })), (input) => {
        expectAnswer(input);
      }),
      { numRuns: RUNS },
    );
  });
});
