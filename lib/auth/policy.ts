/** The rules of admin accounts, in one place: the auth library, forms and scripts read them from here. */
export const ROLES = ["admin", "editor"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin (everything, including users)",
  editor: "Editor (the catalogue)",
};

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
/** zxcvbn's score (0–4) a password must reach: 3 is "safely unguessable" for an online attack and a slow hash. */
export const MIN_PASSWORD_SCORE = 3;

/** Sign-in attempts allowed per client address in each window (the address: see lib/http/client-address.ts). */
export const SIGN_IN_RATE_LIMIT = { window: 60, max: 5 } as const;

/** Admin sessions last a working day; activity extends them at most once an hour. */
export const SESSION_LIFETIME_SECONDS = 60 * 60 * 12;
export const SESSION_REFRESH_SECONDS = 60 * 60;

/** An admin can do everything an editor can. */
export function hasRole(user: { role: Role }, needed: Role): boolean {
  return user.role === "admin" || user.role === needed;
}

/**
 * Sign-in attempts per account, from any address: the first `freeAttempts`
 * come freely; after that each attempt makes the next wait twice as long
 * (from `firstWaitSeconds`, at most `maxWaitSeconds`). A successful sign-in
 * starts again from zero, and so does a day without attempts.
 */
export const ACCOUNT_BACKOFF = { freeAttempts: 5, firstWaitSeconds: 30, maxWaitSeconds: 15 * 60, forgetAfterSeconds: 24 * 60 * 60 } as const;
