import { NextResponse, type NextRequest } from "next/server";
import { isPageCached } from "@/lib/cache/handlers/page-cache.mjs";
import { PAGE_CACHE_CONTROL } from "@/lib/cache/http-headers";
import { databaseReachable } from "@/lib/db/health";
import { notFoundPage, unavailablePage } from "@/lib/http/fallback-page";
import { adminGate } from "@/lib/routing/admin-gate";
import { catalogueViewPath } from "@/lib/routing/catalogue-view";
import { existingSlugs } from "@/lib/routing/published-slugs";
import { resolveRequestPath } from "@/lib/routing/resolve-request";

/**
 * A page about to be rendered (not in this process's cache) while the
 * database is unreachable: 503 with Retry-After instead of a failed render.
 * Cached pages pass and are served from the cache.
 */
async function render(request: NextRequest, rewriteTo?: string): Promise<Response> {
  const path = rewriteTo ?? request.nextUrl.pathname;
  if (!isPageCached(path) && !(await databaseReachable())) return unavailablePage();
  if (!rewriteTo) return NextResponse.next();
  // From nextUrl, so the rewrite stays inside this server (a URL Next.js takes for another origin is proxied over HTTP).
  const url = request.nextUrl.clone();
  url.pathname = rewriteTo;
  url.search = "";
  return NextResponse.rewrite(url);
}

// Pages stream, so once rendering starts the status is 200. Canonical
// redirects and 404s are decided here, before rendering, from the published
// slugs this process keeps (no database query per request); /tools?… is
// rewritten to one cached page per canonical filter state.
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname.startsWith("/admin")) return adminGate(request);
  if (pathname === "/tools") return render(request, catalogueViewPath(searchParams));
  if (pathname === "/" || pathname === "/capabilities") return render(request);
  let decision;
  try {
    decision = await resolveRequestPath(pathname, existingSlugs);
  } catch {
    return render(request); // no slug list yet and no database: 503 unless cached
  }
  if (decision.kind === "redirect") {
    const url = request.nextUrl.clone();
    url.pathname = decision.location;
    const response = NextResponse.redirect(url, 308);
    response.headers.set("cache-control", PAGE_CACHE_CONTROL);
    return response;
  }
  if (decision.kind === "not-found") return notFoundPage();
  return render(request);
}

export const config = {
  matcher: ["/", "/tools", "/capabilities", "/compare/:path+", "/tools/:path+", "/graph/:path+", "/admin/:path*"],
};
