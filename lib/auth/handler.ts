import { requestClientAddress } from "@/lib/http/request-address";
import { emailSchema } from "@/lib/schemas/admin";
import { beginSignInAttempt, signInSucceeded } from "./account-attempts";
import { auth, AUTH_BASE_PATH, CLIENT_ADDRESS_HEADER } from "./auth";

function tooManyAttempts(retryAfterSeconds: number): Response {
  const message = `Too many sign-in attempts for this account: wait ${retryAfterSeconds} seconds, then try again.`;
  return Response.json({ code: "ACCOUNT_BACKOFF", message }, { status: 429, headers: { "retry-after": String(retryAfterSeconds), "cache-control": "no-store" } });
}

function accountOf(body: string): string | null {
  try {
    const parsed = emailSchema.safeParse((JSON.parse(body) as { email?: unknown } | null)?.email);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The auth library's HTTP endpoints behind the sign-in defences: the client's
 * address (from the socket, or a trusted proxy's X-Forwarded-For) keys the
 * library's per-address limit, and email sign-ins also count against the
 * account, with back-off. `peer` is the socket's address.
 */
export async function handleAuthRequest(request: Request, peer: string | null): Promise<Response> {
  const headers = new Headers(request.headers);
  headers.set(CLIENT_ADDRESS_HEADER, requestClientAddress(request.headers, peer) ?? "unknown");
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.text();
  const forwarded = new Request(request.url, { method: request.method, headers, body });
  const isSignIn = request.method === "POST" && new URL(request.url).pathname === `${AUTH_BASE_PATH}/sign-in/email`;
  const account = isSignIn && body !== undefined ? accountOf(body) : null;
  if (!account) return auth().handler(forwarded);

  const attempt = await beginSignInAttempt(account);
  if (!attempt.allowed) return tooManyAttempts(attempt.retryAfterSeconds);
  const response = await auth().handler(forwarded);
  if (response.ok) await signInSucceeded(account);
  return response;
}
