import { describe, expect, it } from "vitest";
import { createUser } from "@/lib/admin/users/create-user";
import { Refused } from "@/lib/errors";
import { CLIENT_ADDRESS_HEADER, createAuth } from "@/lib/auth/auth";
import { MIN_PASSWORD_LENGTH, SIGN_IN_RATE_LIMIT } from "@/lib/auth/policy";
import { sessionUser } from "@/lib/auth/session";
import { authRequest, cookieHeader, someAddress, TEST_PASSWORD } from "../support/admin-session";
import { useTestDatabase } from "../support/test-database";

describe("admin sign-in", () => {
  const database = useTestDatabase("migrated");

  it("creates accounts with a hashed password, never the password itself", async () => {
    const user = await createUser({ email: "Ada@Example.com", name: "Ada", password: TEST_PASSWORD, role: "admin" });
    expect(user).toMatchObject({ email: "ada@example.com", role: "admin" });
    const account = await database.prisma.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account.providerId).toBe("credential");
    expect(account.password).not.toContain(TEST_PASSWORD);
    expect(account.password!.length).toBeGreaterThan(40);
  });

  it("refuses a short or easily guessed password, a bad role and a taken email", async () => {
    await expect(createUser({ email: "bo@example.com", name: "Bo", password: "short", role: "editor" })).rejects.toThrow(
      `password must be at least ${MIN_PASSWORD_LENGTH} characters`,
    );
    for (const weak of ["aaaaaaaaaaaa", "password1234", "qwertyuiop123", "bo@example.com!", "BoBoBoBoBoBo12"]) {
      await expect(createUser({ email: "bo@example.com", name: "Bo", password: weak, role: "editor" })).rejects.toThrow(/password is too easy to guess/);
    }
    await expect(createUser({ email: "bo@example.com", name: "Bo", password: TEST_PASSWORD, role: "owner" })).rejects.toThrow(/role must be one of admin, editor/);
    await expect(createUser({ email: "ada@example.com", name: "Ada", password: TEST_PASSWORD, role: "editor" })).rejects.toBeInstanceOf(Refused);
    expect(await database.prisma.user.count({ where: { email: "bo@example.com" } })).toBe(0);
  });

  it("signs in with a database session in an HttpOnly SameSite cookie, and signing out ends it on the server", async () => {
    const response = await authRequest("/sign-in/email", { email: "ada@example.com", password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    const setCookie = response.headers.getSetCookie().join("\n");
    expect(setCookie).toMatch(/session_token=.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const headers = new Headers({ cookie: cookieHeader(response) });
    expect(await sessionUser(headers)).toMatchObject({ email: "ada@example.com", role: "admin" });
    expect(await database.prisma.session.count()).toBe(1);

    const out = await authRequest("/sign-out", {}, { cookie: headers.get("cookie")! });
    expect(out.status).toBe(200);
    expect(await database.prisma.session.count()).toBe(0);
    // The old cookie, replayed, no longer opens anything.
    expect(await sessionUser(headers)).toBeNull();
  });

  it("refuses a wrong password and public sign-up", async () => {
    const wrong = await authRequest("/sign-in/email", { email: "ada@example.com", password: "not the password at all" });
    expect(wrong.status).toBe(401);
    const signUp = await authRequest("/sign-up/email", { email: "eve@example.com", password: TEST_PASSWORD, name: "Eve" });
    expect(signUp.status).toBe(404);
    expect(await database.prisma.user.count({ where: { email: "eve@example.com" } })).toBe(0);
  });

  it(`rate limits sign-in attempts: ${SIGN_IN_RATE_LIMIT.max} per ${SIGN_IN_RATE_LIMIT.window} s from one address`, async () => {
    // Each guess names another account, so only the address limit is in play.
    const attempt = (peer: string, email = `nobody-${crypto.randomUUID()}@example.com`, password = "guessing wrongly again") =>
      authRequest("/sign-in/email", { email, password }, {}, peer);
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_RATE_LIMIT.max + 2; i++) statuses.push((await attempt("10.3.0.1")).status);
    expect(statuses.slice(0, SIGN_IN_RATE_LIMIT.max)).toEqual(Array(SIGN_IN_RATE_LIMIT.max).fill(401));
    expect(statuses.slice(SIGN_IN_RATE_LIMIT.max)).toEqual([429, 429]);
    // Even the right password is refused from that address while limited; another address is not.
    expect((await attempt("10.3.0.1", "ada@example.com", TEST_PASSWORD)).status).toBe(429);
    expect((await attempt("10.3.0.2", "ada@example.com", TEST_PASSWORD)).status).toBe(200);
    expect(await database.prisma.rateLimit.count()).toBeGreaterThan(0);
  });

  it("marks the session cookie Secure (with the __Secure- prefix) when the site is served over HTTPS", async () => {
    const site = "https://toolmatch.example";
    const response = await createAuth(database.prisma, site).handler(
      new Request(`${site}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: site, [CLIENT_ADDRESS_HEADER]: someAddress() },
        body: JSON.stringify({ email: "ada@example.com", password: TEST_PASSWORD }),
      }),
    );
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((value) => value.includes("session_token="))!;
    expect(cookie).toMatch(/^__Secure-better-auth\.session_token=/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });
});
