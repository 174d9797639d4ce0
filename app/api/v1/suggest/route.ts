import { apiJson } from "@/lib/api/http";
import { apiRoute } from "@/lib/api/route";
import { API } from "@/lib/api/routes";
import { suggestionsForApi } from "@/lib/api/suggest";

export const GET = apiRoute(API.suggest, async ({ query }) => apiJson(await suggestionsForApi(query.q)));
