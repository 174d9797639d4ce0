import type { ConflictEntry } from "../form-state";
import { readAuditDiff } from "../audit/read";
import type { Tx } from "./tool-state";

/**
 * What others saved to a tool since the version an editor started from, from
 * the audit log, oldest first. A change made outside the admin (a seed run)
 * has no entry and shows as an unexplained version step.
 */
export async function changesSince(tx: Tx, toolId: number, version: number): Promise<ConflictEntry[]> {
  const rows = await tx.auditLog.findMany({ where: { toolId }, orderBy: { id: "desc" }, take: 100 });
  return rows
    .map((row) => ({ row, diff: readAuditDiff(row.diff) }))
    .filter(({ diff }) => (diff.toVersion ?? 0) > version)
    .reverse()
    .map(({ row, diff }) => ({
      actorEmail: row.actorEmail,
      at: row.createdAt.toISOString(),
      fromVersion: diff.fromVersion ?? 0,
      toVersion: diff.toVersion ?? 0,
      changes: diff.changes,
    }));
}
