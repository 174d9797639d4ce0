import type { NextRequest } from "next/server";
import { comparisonBody } from "@/lib/api/compare";
import { apiBadRequest, apiJson, apiNotFound } from "@/lib/api/http";
import { parseQuery } from "@/lib/api/parse-query";
import { compareQuerySchema } from "@/lib/schemas/api";

export async function GET(request: NextRequest) {
  const query = parseQuery(compareQuerySchema, request.nextUrl.searchParams);
  if (!query.success) return apiBadRequest(query.error);
  const result = await comparisonBody(query.data.tools);
  return "body" in result ? apiJson(result.body) : apiNotFound("tools", result.missing);
}
