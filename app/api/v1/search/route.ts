import type { NextRequest } from "next/server";
import { apiBadRequest, apiJson } from "@/lib/api/http";
import { parseQuery } from "@/lib/api/parse-query";
import { getSearchResults } from "@/lib/api/search-fallback";
import { apiSearchQuerySchema } from "@/lib/schemas/api";

export async function GET(request: NextRequest) {
  const query = parseQuery(apiSearchQuerySchema, request.nextUrl.searchParams);
  if (!query.success) return apiBadRequest(query.error);
  return apiJson(await getSearchResults(query.data));
}
