import { z } from "zod";
import { apiComponents, problemSchema } from "@/lib/schemas/api-responses";
import { API_BASE } from "./present";
import { PUBLIC_CACHE } from "./cache-control";
import { API_ROUTES, type ApiRoute } from "./routes";

// The OpenAPI 3.1 document, generated from the same Zod schemas the handlers
// parse and answer with (Zod's own JSON Schema output, which is the dialect
// OpenAPI 3.1 uses), so the document cannot drift from the code.

type JsonSchema = Record<string, unknown>;

/** JSON Schema for use inside the document: no per-schema dialect or id. */
function clean(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id"));
}

const ref = (schema: z.ZodType) => {
  const id = apiComponents.get(schema)?.id;
  if (!id) throw new Error("Every API response schema must be registered in apiComponents");
  return { $ref: `#/components/schemas/${id}` };
};

function parameters(schema: z.ZodObject | undefined, location: "path" | "query") {
  return Object.entries(schema?.shape ?? {}).map(([name, field]) => {
    const { description, ...fieldSchema } = clean(z.toJSONSchema(field as z.ZodType, { io: "input", unrepresentable: "any" }) as JsonSchema);
    return {
      name,
      in: location,
      required: location === "path" || !(field as z.ZodType).safeParse(undefined).success,
      ...(typeof description === "string" && { description }),
      schema: fieldSchema,
    };
  });
}

const json = (description: string, schema: object, headers?: object) => ({ description, ...(headers && { headers }), content: { "application/json": { schema } } });

function operation(route: ApiRoute) {
  const cacheHeader = { "Cache-Control": { description: "How long shared caches may keep the answer.", schema: { type: "string", const: PUBLIC_CACHE } } };
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: route.description,
    parameters: [...parameters(route.pathParams, "path"), ...parameters(route.query, "query")],
    responses: {
      "200": json("The answer.", ref(route.response), cacheHeader),
      "400": json("A parameter is invalid; each offending parameter is named with the reason.", ref(problemSchema)),
      ...(route.notFound && { "404": json("A slug names no published tool.", ref(problemSchema)) }),
      "500": json("The server failed to answer (logged); the request may be retried later.", ref(problemSchema)),
      "503": json("The database cannot be reached right now; retry after the seconds in Retry-After.", ref(problemSchema)),
    },
  };
}

export function buildOpenApiDocument() {
  const { schemas } = z.toJSONSchema(apiComponents, { uri: (id) => `#/components/schemas/${id}`, io: "output" });
  return {
    openapi: "3.1.0",
    info: {
      title: "toolmatch API",
      version: "1.0.0",
      description:
        "Read-only access to the toolmatch catalogue: tools, capabilities, prices, scores, comparisons, search and alternatives. Field names are stable: fields may be added, never renamed or removed.",
    },
    servers: [{ url: API_BASE }],
    paths: Object.fromEntries(API_ROUTES.map((route) => [route.path, { get: operation(route) }])),
    components: { schemas: Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, clean(schema as JsonSchema)])) },
  };
}
