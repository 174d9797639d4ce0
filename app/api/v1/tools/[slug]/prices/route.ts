import { apiJson, apiNotFound } from "@/lib/api/http";
import { apiRoute } from "@/lib/api/route";
import { API } from "@/lib/api/routes";
import { pricesBody } from "@/lib/api/tools";
import { today } from "@/lib/dates";

export const GET = apiRoute(API.listPricesAsOf, async ({ path, query }) => {
  const body = await pricesBody(path.slug, query.asOf ?? today());
  return body ? apiJson(body) : apiNotFound("slug", [path.slug]);
});
