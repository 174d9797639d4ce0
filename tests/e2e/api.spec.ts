import { Validator } from "@seriousme/openapi-schema-validator";
import fc from "fast-check";
import type { APIResponse } from "@playwright/test";
import type { z } from "zod";
import { NO_STORE, PUBLIC_CACHE } from "@/lib/api/cache-control";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { API as ROUTES } from "@/lib/api/routes";
import { getToolDetail, listTools } from "@/lib/catalog/queries";
import { alternativesFor } from "@/lib/matching/alternatives";
import type { ToolDetail } from "@/lib/catalog/types";
import { createPrismaClient, db, setDb } from "@/lib/db/client";
import * as responses from "@/lib/schemas/api-responses";
import { searchResponseSchema } from "@/lib/schemas/api-search-response";
import { catalogueQuerySchema } from "@/lib/schemas/catalogue-query";
import { buildVerdict, verdictToolOf } from "@/lib/verdict";
import { queryParams, SEED, slugish } from "../support/arbitraries";
import { buildCapability, buildOffer, buildPrice, buildTool, createTools } from "../support/factories";
import { e2eDatabaseUrl } from "./support/e2e-database";
import { expect, test } from "./support/fixtures";

const API = "/api/v1";
type Parameter = { name: string; in: string; schema: { type?: string; enum?: string[]; minimum?: number; maximum?: number; items?: unknown } };

test.beforeAll(() => setDb(createPrismaClient(e2eDatabaseUrl(), 2)));

/** A 200 whose body matches the (strict) response schema and that shared caches may keep. */
async function ok<T extends z.ZodType>(response: APIResponse, schema: T): Promise<z.output<T>> {
  expect(response.status(), await response.text()).toBe(200);
  expect(response.headers()["cache-control"]).toBe(PUBLIC_CACHE);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  return schema.parse(await response.json());
}

async function problems(response: APIResponse, status: number) {
  expect(response.status()).toBe(status);
  const body = responses.problemSchema.parse(await response.json());
  return body.problems!.map((problem) => problem.field);
}

test("serves the OpenAPI document it generates, and it is valid OpenAPI 3.1", async ({ request }) => {
  const response = await request.get(`${API}/openapi.json`);
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  expect((await new Validator().validate(document)).valid).toBe(true);
});

test("lists tools with filters and pagination", async ({ request }) => {
  const all = await ok(await request.get(`${API}/tools`), responses.toolListResponseSchema);
  const expected = await listTools(catalogueQuerySchema.parse({}));
  expect(all.items.map((tool) => tool.slug)).toEqual(expected.items.map((tool) => tool.slug));
  expect(all).toMatchObject({ total: expected.total, page: 1, pageSize: 24, pageCount: expected.pageCount });
  const models = await ok(await request.get(`${API}/tools?kind=model&sort=name&page=2`), responses.toolListResponseSchema);
  expect(models.items.every((tool) => tool.kind === "model")).toBe(true);
  expect(models.page).toBe(2);
  expect(models.items[0]!.url).toMatch(/\/tools\/[a-z0-9-]+$/);
});

test("gives one tool with capabilities, prices and scores", async ({ request }) => {
  // A tool of the test's own, so the answer is known whatever the catalogue holds.
  const [made] = await createTools(db(), [
    buildTool({
      capabilities: [buildCapability(["factory-tag"], { title: "Reads contracts" }), buildCapability(["factory-tag"], { title: "Writes summaries" })],
      offers: [buildOffer({ prices: [buildPrice({ amount: "0.075", isStarting: true }), buildPrice({ label: "Output", meter: "output", amount: "0.3", unit: "per_1m_output_tokens" })] })],
    }),
  ]);
  const tool = await ok(await request.get(`${API}/tools/${made!.slug}`), responses.toolDetailSchema);
  const stored = (await getToolDetail(made!.slug))!;
  expect(tool.capabilities.map((capability) => capability.title)).toEqual(["Reads contracts", "Writes summaries"]);
  expect(tool.prices.find((price) => price.isStarting)).toMatchObject({ amount: "0.075", unit: "per_1m_input_tokens", display: "$0.075 per 1M input tokens" });
  expect(tool.scores!.rank).toBe(stored.rank);
  expect(tool.timesMatched).toBe(0);
});

test("gives alternatives, strongest link first, each saying why", async ({ request }) => {
  const body = await ok(await request.get(`${API}/tools/dreambooth-stable-diffusion/alternatives?limit=3`), responses.alternativesResponseSchema);
  const neighbours = await alternativesFor("dreambooth-stable-diffusion", 3);
  expect(body.items.map((item) => [item.slug, item.weight, item.strength, item.reason])).toEqual(neighbours.map((n) => [n.slug, n.weight, n.strength, n.reason]));
  expect(body.items.every((item) => item.reason.length > 0)).toBe(true);
});

test("compares 2 to 4 tools with the page's verdict", async ({ request }) => {
  const slugs = ["gemini-2-0-flash-lite", "dreambooth-stable-diffusion", "gpt-4o"];
  const body = await ok(await request.get(`${API}/compare?tools=${slugs.join(",")}`), responses.comparisonResponseSchema);
  expect(body.tools.map((tool) => tool.slug)).toEqual(slugs);
  const stored = (await Promise.all(slugs.map((slug) => getToolDetail(slug)))) as ToolDetail[];
  const verdict = buildVerdict(stored.map(verdictToolOf));
  expect(body.verdict).toEqual(verdict);
  expect(body.url).toMatch(/\/compare\/dreambooth-stable-diffusion-vs-gemini-2-0-flash-lite-vs-gpt-4o$/);
});

test("searches, with facets", async ({ request }) => {
  const body = await ok(await request.get(`${API}/search?q=image&tag=fine-tuning`), searchResponseSchema);
  expect(body.total).toBeGreaterThan(0);
  expect(body.facets.kind.reduce((sum, facet) => sum + facet.count, 0)).toBe(body.total);
});

test("answers a 400 naming the parameter for every invalid value the document rules out", async ({ request }) => {
  const document = buildOpenApiDocument();
  for (const [path, item] of Object.entries(document.paths)) {
    const url = path.replace("{slug}", "gpt-4o");
    const required = path === "/compare" ? "tools=gpt-4o,whisper&" : path === "/suggest" ? "q=gpt&" : "";
    for (const parameter of item.get.parameters as Parameter[]) {
      if (parameter.in !== "query") continue;
      const schema = parameter.schema;
      const bad = schema.enum ? "not-an-option" : schema.type === "integer" ? String((schema.maximum ?? 0) + 1) : schema.type === "array" ? "Not A Slug" : null;
      if (bad === null) continue;
      const query = `${required}${parameter.name}=${encodeURIComponent(bad)}`;
      const fields = await problems(await request.get(`${API}${url}?${query}`), 400);
      expect(fields.some((field) => field === parameter.name || field.startsWith(`${parameter.name}.`)), `${path} ${parameter.name}`).toBe(true);
    }
    const unknown = await request.get(`${API}${url}?${required}nonsense=1`);
    expect(await problems(unknown, 400), path).toEqual(["nonsense"]);
    expect(unknown.headers()["cache-control"]).toBe(NO_STORE);
  }
  expect(await problems(await request.get(`${API}/compare?tools=gpt-4o`), 400)).toEqual(["tools"]);
  expect(await problems(await request.get(`${API}/tools/Not_A_Slug`), 400)).toEqual(["slug"]);
});

test("answers a 404 naming unknown slugs", async ({ request }) => {
  expect(await problems(await request.get(`${API}/tools/no-such-tool`), 404)).toEqual(["slug"]);
  expect(await problems(await request.get(`${API}/tools/no-such-tool/alternatives`), 404)).toEqual(["slug"]);
  const compare = await request.get(`${API}/compare?tools=gpt-4o,no-such-tool`);
  expect(await problems(compare, 404)).toEqual(["tools"]);
});

test("parameters named like Object.prototype members are unknown parameters (400), and unknown paths answer a 404 problem", async ({ request }) => {
  for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty", "__defineGetter__"]) {
    for (const path of ["/search", "/tools", "/tools/gpt-4o"]) {
      expect(await problems(await request.get(`${API}${path}?${name}=1`), 400), `${path}?${name}`).toEqual([name]);
    }
  }
  const unknown = await request.get(`${API}/no-such-endpoint`);
  expect(await problems(unknown, 404)).toEqual(["(path)"]);
  expect(unknown.headers()["content-type"]).toContain("application/json");
});

test("generated queries against the running server: every answer is a 2xx, or a 4xx naming the problem, never a 5xx", async ({ request }) => {
  test.setTimeout(120_000);
  const { items } = (await (await request.get(`${API}/tools?sort=name`)).json()) as { items: { slug: string }[] };
  const slugs = fc.oneof(fc.constantFrom(...items.slice(0, 5).map((item) => item.slug)), slugish);
  for (const [name, route] of Object.entries(ROUTES)) {
    const known = Object.keys(route.query?.shape ?? {});
    for (const [params, slug] of fc.sample(fc.tuple(queryParams(known), slugs), { numRuns: 120, seed: SEED })) {
      const url = `${API}${route.path.replace("{slug}", encodeURIComponent(slug))}?${params}`;
      const response = await request.get(url);
      expect(response.status(), `${name}: ${url}`).toBeLessThan(500);
      if (response.status() >= 400) expect(responses.problemSchema.parse(await response.json()).error.length, url).toBeGreaterThan(0);
    }
  }
});
