/** The rules of admin accounts, in one place: the auth library, forms and scripts read them from here. */
export const ROLES = ["admin", "editor"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin (everything, including users)",
  editor: "Editor (the catalogue)",
};

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/** Sign-in attempts allowed per client address in each window. */
export const SIGN_IN_RATE_LIMIT = { window: 60, max: 5 } as const;

/** Admin sessions last a working day; activity extends them at most once an hour. */
export const SESSION_LIFETIME_SECONDS = 60 * 60 * 12;
export const SESSION_REFRESH_SECONDS = 60 * 60;

/** An admin can do everything an editor can. */
export function hasRole(user: { role: Role }, needed: Role): boolean {
  return user.role === "admin" || user.role === needed;
}
