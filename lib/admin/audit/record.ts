import type { Prisma } from "@/lib/generated/prisma/client";
import type { AdminUser } from "@/lib/auth/session";
import type { FieldChange } from "../diff";

/** What the audit log keeps of one change: the versions it went between (for tools) and each field that changed. */
export type AuditDiff = { fromVersion?: number; toVersion?: number; changes: FieldChange[] };

export type AuditRecord = {
  action: string;
  entityType: string;
  entityId?: number | string;
  toolId?: number | null;
  diff: AuditDiff;
};

/** The actor of changes no person made in the admin (`sources:sync --apply`): it has no account, so its audit entries carry only its name. */
export const SYSTEM_ACTOR: AdminUser = { id: "system:sources-sync", email: "sources:sync (system)", name: "sources:sync", role: "editor" };
export const isSystemActor = (actor: AdminUser) => actor.id === SYSTEM_ACTOR.id;

/** Who, when (the row's timestamp), what and the field-level diff of one change; written in the change's own transaction. */
export async function recordAudit(tx: Prisma.TransactionClient, actor: AdminUser, record: AuditRecord): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: isSystemActor(actor) ? null : actor.id,
      actorEmail: actor.email,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId === undefined ? null : String(record.entityId),
      toolId: record.toolId ?? null,
      diff: record.diff as unknown as Prisma.InputJsonValue,
    },
  });
}
