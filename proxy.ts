import { NextResponse, type NextRequest } from "next/server";
import { findExistingSlugs } from "@/lib/catalog/queries";
import { resolveRequestPath } from "@/lib/routing/resolve-request";
import { adminGate } from "@/lib/routing/admin-gate";

// Pages stream, so once rendering starts the status is 200. Canonical
// redirects and 404s for unknown tools are decided here, before rendering.
export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/admin")) return adminGate(request);
  const decision = await resolveRequestPath(request.nextUrl.pathname, findExistingSlugs);
  if (decision.kind === "redirect") {
    const url = request.nextUrl.clone();
    url.pathname = decision.location;
    return NextResponse.redirect(url, 308);
  }
  if (decision.kind === "not-found") {
    return NextResponse.rewrite(new URL("/404", request.url), { status: 404 });
  }
  return NextResponse.next();
}

export const config = { matcher: ["/compare/:path+", "/tools/:path+", "/graph/:path+", "/admin/:path*"] };
