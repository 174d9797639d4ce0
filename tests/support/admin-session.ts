import { AUTH_BASE_PATH } from "@/lib/auth/auth";
import { handleAuthRequest } from "@/lib/auth/handler";
import type { Role } from "@/lib/auth/policy";
import { createUser } from "@/lib/admin/users/create-user";
import { siteUrl } from "@/lib/env";

export const TEST_PASSWORD = "correct horse battery staple";

/** A made-up client address, different on each call. */
export const someAddress = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

/**
 * Posts to the auth endpoints through the same handler as the route (so the
 * limits apply), as a browser at socket address `peer` would.
 */
export function authRequest(path: string, body: unknown, headers: Record<string, string> = {}, peer = someAddress()): Promise<Response> {
  const request = new Request(`${siteUrl()}${AUTH_BASE_PATH}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: siteUrl(), ...headers },
    body: JSON.stringify(body),
  });
  return handleAuthRequest(request, peer);
}

/** The Cookie header a browser would send after the given response's Set-Cookie headers. */
export function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]!)
    .join("; ");
}

/** A user of the given role, signed in: the request headers its browser would send. */
export async function signedInAs(role: Role, email = `${role}-${crypto.randomUUID().slice(0, 8)}@example.com`): Promise<{ headers: Headers; email: string }> {
  await createUser({ email, name: `Test ${role}`, password: TEST_PASSWORD, role });
  const response = await authRequest("/sign-in/email", { email, password: TEST_PASSWORD });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return { headers: new Headers({ cookie: cookieHeader(response) }), email };
}
