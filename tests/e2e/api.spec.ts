import { Validator } from "@seriousme/openapi-schema-validator";
import { expect, test, type APIResponse } from "@playwright/test";
import type { z } from "zod";
import { NO_STORE, PUBLIC_CACHE } from "@/lib/api/cache-control";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { getNeighbours, getToolDetail, listTools } from "@/lib/catalog/queries";
import type { ToolDetail } from "@/lib/catalog/types";
import { createPrismaClient, setDb } from "@/lib/db/client";
import * as responses from "@/lib/schemas/api-responses";
import { searchResponseSchema } from "@/lib/schemas/api-search-response";
import { catalogueQuerySchema } from "@/lib/schemas/catalogue-query";
import { buildVerdict } from "@/lib/verdict";
import { e2eDatabaseUrl } from "./support/e2e-database";

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
  const tool = await ok(await request.get(`${API}/tools/gemini-2-0-flash-lite`), responses.toolDetailSchema);
  const stored = (await getToolDetail("gemini-2-0-flash-lite"))!;
  expect(tool.capabilities.map((capability) => capability.title)).toEqual(stored.capabilities.map((capability) => capability.title));
  expect(tool.prices.find((price) => price.isStarting)).toMatchObject({ amount: "0.075", unit: "per_1m_input_tokens", display: "$0.075 per 1M input tokens" });
  expect(tool.scores!.rank).toBe(stored.rank);
  expect(tool.timesMatched).toBeGreaterThanOrEqual(0);
});

test("gives alternatives, closest first", async ({ request }) => {
  const body = await ok(await request.get(`${API}/tools/dreambooth-stable-diffusion/alternatives?limit=3`), responses.alternativesResponseSchema);
  const neighbours = await getNeighbours("dreambooth-stable-diffusion", 3);
  expect(body.items.map((item) => [item.slug, item.weight])).toEqual(neighbours.map((n) => [n.slug, n.weight]));
});

test("compares 2 to 4 tools with the page's verdict", async ({ request }) => {
  const slugs = ["gemini-2-0-flash-lite", "dreambooth-stable-diffusion", "gpt-4o"];
  const body = await ok(await request.get(`${API}/compare?tools=${slugs.join(",")}`), responses.comparisonResponseSchema);
  expect(body.tools.map((tool) => tool.slug)).toEqual(slugs);
  const stored = (await Promise.all(slugs.map((slug) => getToolDetail(slug)))) as ToolDetail[];
  const verdict = buildVerdict(
    stored.map((t) => ({ name: t.name, freeTier: t.freeTier, capabilityCount: t.capabilities.length, scores: { rank: t.rank, adoption: t.scores!.adoption, quality: t.scores!.quality, ecosystem: t.scores!.ecosystem, matchGraph: t.scores!.matchGraph } })),
  );
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
    const required = path === "/compare" ? "tools=gpt-4o,whisper&" : "";
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
