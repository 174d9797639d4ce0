import { readdir } from "node:fs/promises";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { API_ROUTES } from "@/lib/api/routes";
import { apiComponents } from "@/lib/schemas/api-responses";

type Parameter = { name: string; in: string; required: boolean; description?: string; schema: Record<string, unknown> };
type Response = { content: Record<string, { schema: unknown }>; headers?: Record<string, { schema: { const: string } }> };
type Document = {
  openapi: string;
  paths: Record<string, { get: { parameters: Parameter[]; responses: Record<string, Response> } }>;
  components: { schemas: Record<string, Record<string, unknown>> };
};

// Through JSON, as clients receive it.
const document: Document = JSON.parse(JSON.stringify(buildOpenApiDocument()));

/** A standalone JSON Schema as it sits inside the document: no dialect or id of its own. */
const embedded = (schema: Record<string, unknown>) => Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id"));

/** Every GET route under app/api/v1 as an OpenAPI path ("[slug]" becomes "{slug}"), except the document itself. */
async function implementedPaths(): Promise<string[]> {
  const root = path.join(process.cwd(), "app/api/v1");
  const entries = await readdir(root, { recursive: true });
  return entries
    // The document itself, and the catch-all that answers unknown paths with a 404 problem, are not endpoints.
    .filter((entry) => entry.endsWith("route.ts") && !entry.startsWith("openapi.json") && !entry.startsWith("[...unknown]"))
    .map((entry) => `/${path.dirname(entry)}`.replace(/\[([^\]]+)\]/g, "{$1}"))
    .sort();
}

function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => (key === "$ref" && typeof inner === "string" ? [inner] : refs(inner)));
  }
  return [];
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
    const broken = JSON.parse(JSON.stringify(document).replace('"in":"query"', '"in":"body"'));
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("describes exactly the endpoints that exist", async () => {
    expect(Object.keys(document.paths).sort()).toEqual(await implementedPaths());
    expect(API_ROUTES.map((route) => route.path).sort()).toEqual(await implementedPaths());
  });

  it("takes every parameter, its type and whether it is required from the Zod schemas", () => {
    for (const route of API_ROUTES) {
      const documented = document.paths[route.path]!.get.parameters as Parameter[];
      for (const [location, schema] of [["path", route.pathParams], ["query", route.query]] as const) {
        const shape = (schema?.shape ?? {}) as Record<string, z.ZodType>;
        const here = documented.filter((parameter) => parameter.in === location);
        expect(here.map((parameter) => parameter.name), `${route.path} ${location}`).toEqual(Object.keys(shape));
        for (const parameter of here) {
          const field = shape[parameter.name]!;
          const { description, ...expected } = embedded(z.toJSONSchema(field, { io: "input", unrepresentable: "any" }));
          expect(parameter.schema, `${route.path} ${parameter.name}`).toEqual(expected);
          expect(parameter.description).toBe(description);
          expect(parameter.required).toBe(location === "path" || !field.safeParse(undefined).success);
        }
      }
    }
    const compare = document.paths["/compare"]!.get.parameters as Parameter[];
    expect(compare).toEqual([expect.objectContaining({ name: "tools", in: "query", required: true })]);
  });

  it("answers each endpoint with a named schema generated from its Zod response schema", () => {
    for (const route of API_ROUTES) {
      const ok = document.paths[route.path]!.get.responses["200"]!;
      const id = apiComponents.get(route.response)!.id;
      expect(ok.content["application/json"]!.schema).toEqual({ $ref: `#/components/schemas/${id}` });
      expect(ok.headers?.["Cache-Control"]?.schema.const).toMatch(/s-maxage=\d+/);
      expect(document.paths[route.path]!.get.responses["400"]).toBeDefined();
    }
    const generated = z.toJSONSchema(apiComponents, { uri: (id) => `#/components/schemas/${id}`, io: "output" }).schemas;
    expect(document.components.schemas.Tool).toEqual(embedded(generated.Tool!));
    expect(document.components.schemas.Tool).toMatchObject({ additionalProperties: false, required: expect.arrayContaining(["slug", "capabilities", "prices", "scores", "timesMatched"]) });
  });

  it("has no dangling references", () => {
    const names = new Set(Object.keys(document.components.schemas).map((id) => `#/components/schemas/${id}`));
    const used = refs(document);
    expect(used.length).toBeGreaterThan(10);
    for (const ref of used) expect(names, ref).toContain(ref);
  });
});
