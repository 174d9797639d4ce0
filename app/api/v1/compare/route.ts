import { comparisonBody } from "@/lib/api/compare";
import { apiJson, apiNotFound } from "@/lib/api/http";
import { apiRoute } from "@/lib/api/route";
import { API } from "@/lib/api/routes";

export const GET = apiRoute(API.compareTools, async ({ query }) => {
  const result = await comparisonBody(query.tools);
  return "body" in result ? apiJson(result.body) : apiNotFound("tools", result.missing);
});
