import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import type { AdminUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { roleSchema } from "@/lib/schemas/admin";
import type { ActionOutcome } from "../action";
import { recordAudit } from "../audit/record";
import { diffRecords } from "../diff";
import { formValues, invalid, type FormState } from "../form-state";
import { omit } from "../omit";
import { Refused } from "@/lib/errors";
import { createUser } from "./create-user";

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

type Outcome = Promise<ActionOutcome<FormState>>;
const failed = (message: string) => ({ state: { status: "failed" as const, message } });

export async function addUser(actor: AdminUser, _state: FormState, formData: FormData): Outcome {
  const input = { email: field(formData, "email"), name: field(formData, "name"), password: field(formData, "password"), role: field(formData, "role") };
  // The password is never sent back to the browser.
  const shown = omit(formValues(formData), "password");
  try {
    const user = await createUser(input);
    await db().$transaction((tx) =>
      recordAudit(tx, actor, { action: "user.create", entityType: "user", entityId: user.id, diff: { changes: diffRecords(null, { email: user.email, name: user.name, role: user.role }) } }),
    );
    return { state: { status: "saved", message: `${user.email} can now sign in as ${user.role}.` }, refresh: true };
  } catch (error) {
    if (error instanceof Refused) return { state: invalid({ ...error.fieldErrors }, shown) };
    throw error;
  }
}

/** Refuses changes that would leave nobody able to manage users. */
async function keepsAnAdmin(actor: AdminUser, userId: string): Promise<string | null> {
  if (userId === actor.id) return "You cannot change or remove your own account here: ask another admin.";
  const target = await db().user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!target) return "That account no longer exists.";
  if (target.role === "admin" && (await db().user.count({ where: { role: "admin" } })) <= 1) return "That is the last admin: make someone else admin first.";
  return null;
}

const roleChangeSchema = z.object({ userId: z.string().min(1), role: roleSchema });

export async function changeRole(actor: AdminUser, _state: FormState, formData: FormData): Outcome {
  const parsed = roleChangeSchema.safeParse({ userId: field(formData, "userId"), role: field(formData, "role") });
  if (!parsed.success) return { state: invalid({ role: parsed.error.issues[0]!.message }, formValues(formData)) };
  const { userId, role } = parsed.data;
  const before = await db().user.findUnique({ where: { id: userId }, select: { role: true, email: true } });
  if (before?.role === role) return { state: { status: "saved", message: "Nothing had changed." } };
  if (role !== "admin") {
    const problem = await keepsAnAdmin(actor, userId);
    if (problem) return failed(problem);
  }
  if (!before) return failed("That account no longer exists.");
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, actor, { action: "user.role", entityType: "user", entityId: userId, diff: { changes: [{ field: `${before.email}: role`, before: before.role, after: role }] } });
  });
  return { state: { status: "saved", message: `${before.email} is now ${role}.` }, refresh: true };
}

/** Removes an account and ends its sessions at once; its audit entries keep the email. */
export async function removeUser(actor: AdminUser, _state: FormState, formData: FormData): Outcome {
  const userId = field(formData, "userId") ?? "";
  const problem = await keepsAnAdmin(actor, userId);
  if (problem) return failed(problem);
  const user = (await db().user.findUnique({ where: { id: userId }, select: { email: true, name: true, role: true } }))!;
  await (await auth().$context).internalAdapter.deleteUser(userId);
  await db().$transaction((tx) =>
    recordAudit(tx, actor, { action: "user.delete", entityType: "user", entityId: userId, diff: { changes: diffRecords(user, null) } }),
  );
  return { state: { status: "saved", message: `${user.email} was removed and signed out.` }, refresh: true };
}

export async function listUsers() {
  const users = await db().user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, createdAt: true, _count: { select: { sessions: { where: { expiresAt: { gt: new Date() } } } } } },
  });
  return users.map(({ _count, createdAt, ...user }) => ({ ...user, createdAt: createdAt.toISOString(), activeSessions: _count.sessions }));
}
