"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ADMIN_PATHS } from "@/lib/admin/paths";
import { auth } from "@/lib/auth/auth";

/** Deletes the session row (so the cookie is worthless even if kept) and clears the cookie. */
export async function signOut(): Promise<void> {
  const requestHeaders = await headers();
  // Signing out without a session is not an error: the result is the same.
  await auth().api.signOut({ headers: requestHeaders }).catch(() => undefined);
  redirect(`${ADMIN_PATHS.signIn}?signed-out=1`);
}
