import type { NextRequest } from "next/server";
import { apiBadRequest, apiJson, apiNotFound } from "@/lib/api/http";
import { parseQuery } from "@/lib/api/parse-query";
import { toolBody } from "@/lib/api/tools";
import { noQuerySchema, toolPathSchema } from "@/lib/schemas/api";

export async function GET(request: NextRequest, context: { params: Promise<{ slug: string }> }) {
  const path = toolPathSchema.safeParse(await context.params);
  if (!path.success) return apiBadRequest(path.error);
  const query = parseQuery(noQuerySchema, request.nextUrl.searchParams);
  if (!query.success) return apiBadRequest(query.error);
  const body = await toolBody(path.data.slug);
  return body ? apiJson(body) : apiNotFound("slug", [path.data.slug]);
}
