import { expect, type BrowserContext, type Page } from "@playwright/test";
import { createUser } from "@/lib/admin/users/create-user";
import { auth } from "@/lib/auth/auth";
import type { Role } from "@/lib/auth/policy";
import { createPrismaClient, setDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { e2eDatabaseUrl } from "./e2e-database";

export const PASSWORD = "e2e password, long enough";

/** The e2e database, for fixtures that set up data directly (as lib/ would). */
export function e2ePrisma(): PrismaClient {
  const prisma = createPrismaClient(e2eDatabaseUrl(), 2);
  setDb(prisma);
  return prisma;
}

/** An account made directly in the database through lib/ (as `npm run admin:create` does). */
export async function createAccount(prisma: PrismaClient, role: Role, name: string): Promise<string> {
  const email = `${name.toLowerCase()}-${Date.now().toString(36)}@example.com`;
  await createUser({ email, name, password: PASSWORD, role });
  return email;
}

export async function removeAccount(prisma: PrismaClient, email: string): Promise<void> {
  await prisma.user.deleteMany({ where: { email } });
}

/** Signs in through the form, as a person would: /admin sends the browser to sign in first. */
export async function signIn(page: Page, email: string, next = "/admin"): Promise<void> {
  await page.goto(next);
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await expect(page.getByRole("form", { name: "Sign in" })).toHaveAttribute("data-ready", "true");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The sign-in page's links prefetch the public pages, and on a fresh server each is rendered whole on first
  // request, competing with the sign-in itself: allow for that on a busy machine.
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/]/g, "\\/")}$`), { timeout: 20_000 });
}

/**
 * Signs a browser context in without the form (as a fixture would: the
 * library makes a real session row and signs the cookie with the server's
 * AUTH_SECRET), so tests that are not about signing in spend no attempts of
 * the sign-in rate limit.
 */
export async function signInDirectly(context: BrowserContext, baseURL: string, email: string): Promise<void> {
  const { headers } = await auth().api.signInEmail({ body: { email, password: PASSWORD }, returnHeaders: true });
  const cookies = headers.getSetCookie().map((cookie) => {
    const [pair] = cookie.split(";");
    const [name, ...value] = pair!.split("=");
    return { name: name!, value: value.join("="), url: baseURL, httpOnly: true, sameSite: "Lax" as const };
  });
  await context.addCookies(cookies);
}
