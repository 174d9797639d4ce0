import { apiBadRequest, apiJson } from "@/lib/api/http";
import { apiRoute } from "@/lib/api/route";
import { API } from "@/lib/api/routes";
import { searchForApi, toSearchQuery } from "@/lib/api/search";

export const GET = apiRoute(API.searchTools, async ({ query }) => {
  const search = toSearchQuery(query);
  if (!search.success) return apiBadRequest(search.error);
  return apiJson(await searchForApi(search.data));
});
