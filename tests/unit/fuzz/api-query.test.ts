import fc from "fast-check";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { apiJson } from "@/lib/api/http";
import { UNNAMED } from "@/lib/api/parse-query";
import { apiRoute } from "@/lib/api/route";
import { API } from "@/lib/api/routes";
import { toSearchQuery } from "@/lib/api/search";
import { problemSchema } from "@/lib/schemas/api-responses";
import { queryParams, RUNS, slugish } from "../../support/arbitraries";

// Every public route's parsing, through the one route wrapper, with a handler
// that answers 200 once the input is valid: whatever the query, the answer is
// a 200 or a 400 whose problems name the parameters at fault — never a throw.
describe.each(Object.entries(API))("fuzzing %s's parameters", (_name, route) => {
  const known = Object.keys(route.query?.shape ?? {});
  const handler = apiRoute(route, async ({ query }) => {
    if (route === API.searchTools) {
      const search = toSearchQuery(query as Parameters<typeof toSearchQuery>[0]);
      if (!search.success) return apiJson({ refused: true }, "no-store");
    }
    return apiJson({ ok: true });
  });

  it("answers 200 or a 400 naming the offending parameters", async () => {
    await fc.assert(
      fc.asyncProperty(queryParams(known), slugish, async (params, slug) => {
        const response = await handler(new NextRequest(`http://localhost/api/v1/x?${params}`), { params: Promise.resolve({ slug }) });
        expect([200, 400]).toContain(response.status);
        if (response.status === 400) {
          const body = problemSchema.parse(await response.json());
          expect(body.problems!.length).toBeGreaterThan(0);
          // Each problem names a parameter that was given, or one the endpoint needs (a missing one).
          const names = [...params.keys()].map((key) => key || UNNAMED).concat(known, "slug");
          for (const problem of body.problems!) expect(names.some((name) => problem.field === name || problem.field.startsWith(`${name}.`)), problem.field).toBe(true);
        }
        // An inherited name is never accepted.
        if ([...params.keys()].some((key) => key in Object.prototype)) expect(response.status).toBe(400);
      }),
      { numRuns: RUNS },
    );
  });
});
