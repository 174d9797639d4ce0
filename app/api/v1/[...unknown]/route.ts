import { apiProblem } from "@/lib/api/http";
import { API_BASE } from "@/lib/api/present";
import { API_ROUTES } from "@/lib/api/routes";

// Any other path under the API answers in the API's own shape, not an HTML page.
const notFound = (request: Request) =>
  apiProblem(404, `Not found: ${new URL(request.url).pathname} is not an endpoint of this API (see ${API_BASE}/openapi.json)`, [
    { field: "(path)", message: `expected one of ${API_ROUTES.map((route) => `${API_BASE}${route.path}`).join(", ")}` },
  ]);

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
