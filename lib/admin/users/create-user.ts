import { auth } from "@/lib/auth/auth";
import { passwordWeakness } from "@/lib/auth/password-strength";
import type { Role } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { Refused } from "@/lib/errors";
import { newUserSchema } from "@/lib/schemas/admin";

export type CreatedUser = { id: string; email: string; name: string; role: Role };

/**
 * Creates an account through the auth library (its ids, its password hash)
 * with the credential the sign-in form checks. Refuses a taken email and a
 * password that is short or easy to guess (every way of setting one comes here).
 */
export async function createUser(input: unknown): Promise<CreatedUser> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    throw Refused.fields(Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join(".") || "input", issue.message])));
  }
  const { email, name, password, role } = parsed.data;
  const weakness = passwordWeakness(password, [email, email.split("@")[0]!, name]);
  if (weakness) throw Refused.fields({ password: weakness });
  if (await db().user.findUnique({ where: { email }, select: { id: true } })) throw Refused.fields({ email: "already has an account" });
  const context = await auth().$context;
  const hash = await context.password.hash(password);
  const user = await context.internalAdapter.createUser({ email, name, emailVerified: true, role }, { method: "admin" });
  try {
    await context.internalAdapter.linkAccount({ userId: user.id, providerId: "credential", accountId: user.id, password: hash });
  } catch (error) {
    await context.internalAdapter.deleteUser(user.id);
    throw error;
  }
  return { id: user.id, email: user.email, name: user.name, role };
}
