import type { NextRequest } from "next/server";
import { apiBadRequest, apiJson, apiNotFound } from "@/lib/api/http";
import { parseQuery } from "@/lib/api/parse-query";
import { pricesBody } from "@/lib/api/tools";
import { today } from "@/lib/dates";
import { pricesQuerySchema, toolPathSchema } from "@/lib/schemas/api";

export async function GET(request: NextRequest, context: { params: Promise<{ slug: string }> }) {
  const path = toolPathSchema.safeParse(await context.params);
  if (!path.success) return apiBadRequest(path.error);
  const query = parseQuery(pricesQuerySchema, request.nextUrl.searchParams);
  if (!query.success) return apiBadRequest(query.error);
  const body = await pricesBody(path.data.slug, query.data.asOf ?? today());
  return body ? apiJson(body) : apiNotFound("slug", [path.data.slug]);
}
