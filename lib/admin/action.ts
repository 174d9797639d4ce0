import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { expireTags } from "@/lib/cache/expire";
import { hasRole, type Role } from "@/lib/auth/policy";
import { sessionUser, type AdminUser } from "@/lib/auth/session";
import { describeError, isDatabaseUnavailable, Refused } from "@/lib/errors";
import { formValues, type FormValues } from "./form-state";
import { omit } from "./omit";

/**
 * What an action's work produced: the state to show, the cache tags it made
 * stale, whether the page must re-render with fresh data, and where to go next.
 */
export type ActionOutcome<S> = { state: S; expire?: string[]; refresh?: boolean; redirectTo?: string };

export type Refusal = { status: "refused"; message: string };
/** An action that failed for a reason that is not the editor's: what failed, and what they typed, to show again. */
export type Failure = { status: "failed"; message: string; values: FormValues };

type Handler<A extends unknown[], S> = (user: AdminUser, ...args: A) => Promise<ActionOutcome<S>>;

export type GuardedAction<A extends unknown[], S> = ((...args: A) => Promise<S | Refusal | Failure>) & {
  role: Role;
  /** The whole action but for reading the request: the session comes from these headers. Tests call this. */
  runAs: (requestHeaders: Headers, ...args: A) => Promise<ActionOutcome<S | Refusal | Failure>>;
};

export const SIGNED_OUT: Refusal = { status: "refused", message: "You are signed out (or your session ended): sign in again, nothing was saved." };
export const refusedRole = (role: Role): Refusal => ({ status: "refused", message: `This needs the ${role} role: nothing was saved.` });

/** What the editor typed (passwords never travel back), from the action's form. */
const typedValues = (args: unknown[]): FormValues => {
  const formData = args.find((arg): arg is FormData => arg instanceof FormData);
  return formData ? omit(formValues(formData), "password") : {};
};

/** An unexpected error, told in words an editor can act on; the details go to the server's log. */
export function failureOf(error: unknown, args: unknown[]): Failure {
  const cause = isDatabaseUnavailable(error) ? "the database could not be reached" : `the server failed (${describeError(error)})`;
  return { status: "failed", message: `Nothing was saved: ${cause}. What you typed is still here; try again in a moment.`, values: typedValues(args) };
}

/**
 * The one way to make an admin server action: the session is read on the
 * server and the role checked before the handler runs, and the handler is
 * given the user — so no action can forget the check. A refusal thrown by the
 * work is shown as such; any other error is logged and shown as a failure that
 * keeps what the editor typed.
 */
export function withRole<A extends unknown[], S>(role: Role, handler: Handler<A, S>): GuardedAction<A, S> {
  const runAs = async (requestHeaders: Headers, ...args: A): Promise<ActionOutcome<S | Refusal | Failure>> => {
    try {
      const user = await sessionUser(requestHeaders);
      if (!user) return { state: SIGNED_OUT };
      if (!hasRole(user, role)) return { state: refusedRole(role) };
      return await handler(user, ...args);
    } catch (error) {
      // Next's own control flow (redirect, notFound) passes through.
      unstable_rethrow(error);
      if (error instanceof Refused) return { state: { status: "refused", message: error.message } };
      console.error(`Admin action (${role}) failed:`, error);
      return { state: failureOf(error, args) };
    }
  };
  const action = async (...args: A): Promise<S | Refusal | Failure> => {
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
