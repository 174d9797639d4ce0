import { auth, AUTH_BASE_PATH } from "@/lib/auth/auth";
import type { Role } from "@/lib/auth/policy";
import { createUser } from "@/lib/admin/users/create-user";
import { siteUrl } from "@/lib/env";

export const TEST_PASSWORD = "correct horse battery staple";

/** Posts to the auth library's own HTTP handler, as a browser would (so rate limiting applies). */
export function authRequest(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return auth().handler(
    new Request(`${siteUrl()}${AUTH_BASE_PATH}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: siteUrl(), ...headers },
      body: JSON.stringify(body),
    }),
  );
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
  const response = await authRequest("/sign-in/email", { email, password: TEST_PASSWORD }, { "x-forwarded-for": `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return { headers: new Headers({ cookie: cookieHeader(response) }), email };
}
