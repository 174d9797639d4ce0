import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { ADMIN_PATHS } from "@/lib/admin/paths";
import { env } from "@/lib/env";
import { newNonce, noncedContentSecurityPolicy, SECURITY_HEADERS } from "@/lib/http/security-headers";

function secured(response: NextResponse, policy: string): NextResponse {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  response.headers.set("content-security-policy", policy);
  response.headers.set("x-robots-tag", "noindex, nofollow");
  return response;
}

/**
 * The admin's first step: its security headers, with a Content-Security-Policy
 * whose nonce Next puts on every script it renders (it reads the nonce from
 * the request's copy of the header); then an optimistic check: without a
 * session cookie at all, go to sign-in before rendering. That check proves
 * nothing about the cookie — every page and action checks the session and
 * role on the server.
 */
export function adminGate(request: NextRequest): NextResponse {
  const policy = noncedContentSecurityPolicy(newNonce(), env().NODE_ENV === "development");
  const { pathname, search } = request.nextUrl;
  if (pathname !== ADMIN_PATHS.signIn && !getSessionCookie(request)) {
    const url = request.nextUrl.clone();
    url.pathname = ADMIN_PATHS.signIn;
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return secured(NextResponse.redirect(url, 307), policy);
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  return secured(NextResponse.next({ request: { headers: requestHeaders } }), policy);
}
