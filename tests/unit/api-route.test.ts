import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { apiJson } from "@/lib/api/http";
import { apiRoute } from "@/lib/api/route";
import { Refused } from "@/lib/errors";
import { problemSchema } from "@/lib/schemas/api-responses";

const spec = { path: "/things/{slug}", pathParams: z.object({ slug: z.string().min(3) }), query: z.object({ limit: z.coerce.number().int().default(5) }) };
const call = (route: ReturnType<typeof apiRoute>, url: string, slug = "abc") => route(new NextRequest(`http://localhost/api/v1${url}`), { params: Promise.resolve({ slug }) });
const problem = async (response: Response) => problemSchema.parse(await response.json());

describe("the API route wrapper", () => {
  afterEach(() => vi.restoreAllMocks());

  it("gives the handler its parsed, typed path and query", async () => {
    const route = apiRoute(spec, async ({ path, query }) => apiJson({ slug: path.slug, limit: query.limit + 1 }));
    const response = await call(route, "/things/abc?limit=2");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ slug: "abc", limit: 3 });
  });

  it("answers a bad path or query parameter with a 400 naming it, before the handler runs", async () => {
    const handler = vi.fn(async () => apiJson({}));
    const route = apiRoute(spec, handler);
    const badPath = await problem(await call(route, "/things/ab", "ab"));
    expect(badPath.problems).toEqual([{ field: "slug", message: expect.stringContaining("3") }]);
    for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"]) {
      const response = await call(route, `/things/abc?${name}=1`);
      expect(response.status, name).toBe(400);
      expect((await problem(response)).problems, name).toEqual([{ field: name, message: expect.stringContaining("is not a parameter of this endpoint") }]);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers an unexpected error with a logged 500 in the Problem shape, never the error's details", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const route = apiRoute(spec, async () => {
      throw new Error("secret connection string in here");
    });
    const response = await call(route, "/things/abc");
    expect(response.status).toBe(500);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = await problem(response);
    expect(body.error).toBe("Internal error: the request could not be answered. It has been logged; try again later.");
    expect(logged).toHaveBeenCalledWith("GET /things/{slug} failed:", expect.any(Error));
  });

  it("answers an unreachable database with 503 and Retry-After, and a refusal with its own status and fields", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const down = apiRoute(spec, async () => {
      throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    });
    const unavailable = await call(down, "/things/abc");
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get("retry-after")).toBe("5");
    expect((await problem(unavailable)).error).toMatch(/^Service unavailable/);

    const refusing = apiRoute(spec, async () => {
      throw new Refused("Too many things", { limit: "must be smaller" }, 429);
    });
    const refused = await call(refusing, "/things/abc");
    expect(refused.status).toBe(429);
    expect(await problem(refused)).toEqual({ error: "Too many things", problems: [{ field: "limit", message: "must be smaller" }] });
  });
});
