import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { ADMIN_PATHS } from "@/lib/admin/paths";

/**
 * An optimistic first check for /admin: without a session cookie at all, go
 * to sign-in before rendering. It proves nothing about the cookie — every
 * page and action still checks the session and role on the server.
 */
export function adminGate(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (pathname !== ADMIN_PATHS.signIn && !getSessionCookie(request)) {
    const url = request.nextUrl.clone();
    url.pathname = ADMIN_PATHS.signIn;
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url, 307);
  }
  const response = NextResponse.next();
  response.headers.set("x-robots-tag", "noindex, nofollow");
  return response;
}
