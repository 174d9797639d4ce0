import { auth } from "./auth";
import { ROLES, type Role } from "./policy";

/** The signed-in person, as much as actions and pages need. */
export type AdminUser = { id: string; email: string; name: string; role: Role };

/** Who the request's session cookie belongs to, read from the session table; null when signed out or expired. */
export async function sessionUser(requestHeaders: Headers): Promise<AdminUser | null> {
  const session = await auth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, email, name, role } = session.user;
  if (!ROLES.includes(role as Role)) return null;
  return { id, email, name, role: role as Role };
}
