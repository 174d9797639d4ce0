import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db/client";
import { siteUrl } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  ROLES,
  SESSION_LIFETIME_SECONDS,
  SESSION_REFRESH_SECONDS,
  SIGN_IN_RATE_LIMIT,
} from "./policy";
import { trustedOrigins } from "./origins";
import { authSecret } from "./secret";

export const AUTH_BASE_PATH = "/api/auth";

/** The header the auth library reads the client's address from; only lib/auth/handler.ts sets it. */
export const CLIENT_ADDRESS_HEADER = "x-toolmatch-client";

/** The auth library's configuration; `baseURL` (SITE_URL) decides whether cookies are Secure. */
export function createAuth(prisma: PrismaClient, baseURL = siteUrl()) {
  return betterAuth({
    appName: "toolmatch admin",
    baseURL,
    basePath: AUTH_BASE_PATH,
    secret: authSecret(),
    trustedOrigins: trustedOrigins(baseURL),
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      // Accounts are made by `npm run admin:create` or by an admin, never by visitors.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    user: {
      additionalFields: {
        role: { type: [...ROLES], required: true, defaultValue: "editor", input: false },
      },
    },
    // Every request reads the session row (no cookie cache), so signing out or
    // removing a user takes effect on the very next request.
    session: { expiresIn: SESSION_LIFETIME_SECONDS, updateAge: SESSION_REFRESH_SECONDS, cookieCache: { enabled: false } },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { ...SIGN_IN_RATE_LIMIT } },
    },
    advanced: {
      // The client's address, worked out from the socket and TRUSTED_PROXIES by lib/auth/handler.ts; never a header a client sets.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      useSecureCookies: baseURL.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    // Endpoints the admin does not use: nobody signs up, edits their own account or sets a password through the API
    // (passwords are set by admin:create and the users page, which check their strength).
    disabledPaths: ["/sign-up/email", "/update-user", "/change-email", "/delete-user", "/request-password-reset", "/reset-password", "/change-password", "/verify-password"],
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const instances = new WeakMap<PrismaClient, Auth>();

/** The auth library bound to the process's database, created on first use (builds need neither secret nor database). */
export function auth(): Auth {
  const prisma = db();
  let instance = instances.get(prisma);
  if (!instance) {
    instance = createAuth(prisma);
    instances.set(prisma, instance);
  }
  return instance;
}
