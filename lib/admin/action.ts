import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { expireTags } from "@/lib/cache/expire";
import { hasRole, type Role } from "@/lib/auth/policy";
import { sessionUser, type AdminUser } from "@/lib/auth/session";

/**
 * What an action's work produced: the state to show, the cache tags it made
 * stale, whether the page must re-render with fresh data, and where to go next.
 */
export type ActionOutcome<S> = { state: S; expire?: string[]; refresh?: boolean; redirectTo?: string };

export type Refusal = { status: "refused"; message: string };

type Handler<A extends unknown[], S> = (user: AdminUser, ...args: A) => Promise<ActionOutcome<S>>;

export type GuardedAction<A extends unknown[], S> = ((...args: A) => Promise<S | Refusal>) & {
  role: Role;
  /** The whole action but for reading the request: the session comes from these headers. Tests call this. */
  runAs: (requestHeaders: Headers, ...args: A) => Promise<ActionOutcome<S | Refusal>>;
};

export const SIGNED_OUT: Refusal = { status: "refused", message: "You are signed out (or your session ended): sign in again, nothing was saved." };
export const refusedRole = (role: Role): Refusal => ({ status: "refused", message: `This needs the ${role} role: nothing was saved.` });

/**
 * The one way to make an admin server action: the session is read on the
 * server and the role checked before the handler runs, and the handler is
 * given the user — so no action can forget the check.
 */
export function withRole<A extends unknown[], S>(role: Role, handler: Handler<A, S>): GuardedAction<A, S> {
  const runAs = async (requestHeaders: Headers, ...args: A): Promise<ActionOutcome<S | Refusal>> => {
    const user = await sessionUser(requestHeaders);
    if (!user) return { state: SIGNED_OUT };
    if (!hasRole(user, role)) return { state: refusedRole(role) };
    return handler(user, ...args);
  };
  const action = async (...args: A): Promise<S | Refusal> => {
    const outcome = await runAs(await headers(), ...args);
    if (outcome.expire?.length) await expireTags(outcome.expire);
    // Re-render the admin page in the same response so every form on it shows the latest version.
    if (outcome.refresh && !outcome.redirectTo) refresh();
    if (outcome.redirectTo) redirect(outcome.redirectTo);
    return outcome.state;
  };
  return Object.assign(action, { role, runAs });
}

export const withEditor = <A extends unknown[], S>(handler: Handler<A, S>) => withRole("editor", handler);
export const withAdmin = <A extends unknown[], S>(handler: Handler<A, S>) => withRole("admin", handler);
