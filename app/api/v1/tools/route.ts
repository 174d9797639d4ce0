import type { NextRequest } from "next/server";
import { apiBadRequest, apiJson } from "@/lib/api/http";
import { parseQuery } from "@/lib/api/parse-query";
import { toolListBody } from "@/lib/api/tools";
import { toolListQuerySchema } from "@/lib/schemas/api";

export async function GET(request: NextRequest) {
  const query = parseQuery(toolListQuerySchema, request.nextUrl.searchParams);
  if (!query.success) return apiBadRequest(query.error);
  return apiJson(await toolListBody(query.data));
}
