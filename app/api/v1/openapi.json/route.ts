import { apiJson } from "@/lib/api/http";
import { buildOpenApiDocument } from "@/lib/api/openapi";

// Needs no request data or database, so it is built once, at build time.
export async function GET() {
  return apiJson(buildOpenApiDocument(), "public, max-age=300, s-maxage=3600");
}
