import { apiJson, apiNotFound } from "@/lib/api/http";
import { apiRoute } from "@/lib/api/route";
import { API } from "@/lib/api/routes";
import { alternativesBody } from "@/lib/api/tools";

export const GET = apiRoute(API.listAlternatives, async ({ path, query }) => {
  const body = await alternativesBody(path.slug, query.limit);
  return body ? apiJson(body) : apiNotFound("slug", [path.slug]);
});
