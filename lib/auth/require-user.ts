import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ADMIN_PATHS } from "@/lib/admin/paths";
import { hasRole, type Role } from "./policy";
import { sessionUser, type AdminUser } from "./session";

/**
 * For admin pages: the signed-in user with at least `role`. Without a session
 * it sends the browser to sign in; with too small a role, back to the dashboard.
 */
export async function requireUser(role: Role = "editor"): Promise<AdminUser> {
  const user = await sessionUser(await headers());
  if (!user) redirect(ADMIN_PATHS.signIn);
  if (!hasRole(user, role)) redirect(`${ADMIN_PATHS.home}?refused=${role}`);
  return user;
}
