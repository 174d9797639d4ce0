import { apiJson, apiNotFound } from "@/lib/api/http";
import { apiRoute } from "@/lib/api/route";
import { API } from "@/lib/api/routes";
import { toolBody } from "@/lib/api/tools";

export const GET = apiRoute(API.getTool, async ({ path }) => {
  const body = await toolBody(path.slug);
  return body ? apiJson(body) : apiNotFound("slug", [path.slug]);
});
