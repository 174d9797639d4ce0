import { apiJson } from "@/lib/api/http";
import { apiRoute } from "@/lib/api/route";
import { API } from "@/lib/api/routes";
import { toolListBody } from "@/lib/api/tools";

export const GET = apiRoute(API.listTools, async ({ query }) => apiJson(await toolListBody(query)));
