import type { NextRequest } from "next/server";
import { apiBadRequest, apiJson } from "@/lib/api/http";
import { parseQuery } from "@/lib/api/parse-query";
import { searchForApi, toSearchQuery } from "@/lib/api/search";
import { apiSearchQuerySchema } from "@/lib/schemas/api";

export async function GET(request: NextRequest) {
  const query = parseQuery(apiSearchQuerySchema, request.nextUrl.searchParams);
  if (!query.success) return apiBadRequest(query.error);
  const search = toSearchQuery(query.data);
  if (!search.success) return apiBadRequest(search.error);
  return apiJson(await searchForApi(search.data));
}
