import { isSystemActor } from "@/lib/admin/audit/record";
import type { Tx } from "@/lib/admin/tools/tool-state";
import { RejectedEdit } from "@/lib/admin/tools/write-tool";
import type { AdminUser } from "@/lib/auth/session";
import { parsePayload, type Payload, type ProposalKind } from "./proposal";

/** A stored proposal with its payload parsed back (or the reason it cannot be). */
export type StoredProposal = { id: number; source: string; toolSlug: string; subject: string; payload: Payload };

type Row = { id: number; source: string; kind: ProposalKind; toolSlug: string; subject: string; before: unknown; after: unknown };

export function readStored(row: Row): StoredProposal | { id: number; subject: string; error: string } {
  try {
    return { id: row.id, source: row.source, toolSlug: row.toolSlug, subject: row.subject, payload: parsePayload(row.kind, row.before, row.after) };
  } catch (error) {
    return { id: row.id, subject: row.subject, error: `its stored data does not fit a ${row.kind} proposal (${(error as Error).message.slice(0, 200)})` };
  }
}

/** Marks pending proposals decided, in the decision's own transaction; refuses if someone decided one meanwhile. */
export async function markDecided(tx: Tx, user: AdminUser, ids: readonly number[], status: "accepted" | "rejected"): Promise<void> {
  const marked = await tx.sourceProposal.updateMany({
    where: { id: { in: [...ids] }, status: "pending" },
    data: { status, decidedById: isSystemActor(user) ? null : user.id, decidedAt: new Date() },
  });
  if (marked.count !== ids.length) throw new RejectedEdit({}, "Nothing was decided: someone else decided one of these proposals meanwhile (reload the page).");
}
