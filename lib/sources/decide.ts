import { recordAudit } from "@/lib/admin/audit/record";
import { loadToolState } from "@/lib/admin/tools/tool-state";
import { lockCatalogue, RejectedEdit, writeTool, type AuditInfo } from "@/lib/admin/tools/write-tool";
import type { AdminUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { acceptNewTools, type NewToolProposal } from "./accept-new-tool";
import { applyProposal, type StatusChoice } from "./apply-proposal";
import { describeProposal } from "./describe";
import { markDecided, readStored, type StoredProposal } from "./stored";

// Accepting and rejecting proposals. An accepted change goes through the
// admin's one write path (version check, whole-tool validation, data checks,
// audit entry, score recompute), so it is an edit like any other.

export type DecisionResult = { decided: number[]; failed: { id: number; subject: string; message: string }[]; tags: string[] };

const ENTITY: Record<string, AuditInfo["entityType"]> = { price_change: "price", new_offer: "offer", fact_change: "fact", status_change: "tool" };

async function loadPending(ids: readonly number[]) {
  const rows = await db().sourceProposal.findMany({ where: { id: { in: [...ids] }, status: "pending" }, orderBy: { id: "asc" } });
  const missing = ids.filter((id) => !rows.some((row) => row.id === id)).map((id) => ({ id, subject: `proposal ${id}`, message: "is no longer pending (decided or withdrawn meanwhile)" }));
  return { stored: rows.map(readStored), missing };
}

/** Applies some proposals of one tool in one write; on refusal the caller may try them one by one. */
async function acceptForTool(user: AdminUser, slug: string, proposals: StoredProposal[], choices: ReadonlyMap<number, StatusChoice>) {
  const ids = proposals.map((p) => p.id);
  const audit: AuditInfo = { action: "proposal.accept", entityType: proposals.length === 1 ? ENTITY[proposals[0]!.payload.kind]! : "tool", entityId: `proposal ${ids.join(", ")} (${proposals[0]!.source})` };
  for (let attempt = 0; attempt < 3; attempt++) {
    const ref = await db().tool.findUnique({ where: { slug }, select: { id: true, version: true } });
    if (!ref) return { kind: "failed" as const, message: `${slug} is no longer in the catalogue` };
    const result = await writeTool(user, { toolId: ref.id, version: ref.version }, audit, async (tx) => {
      for (const proposal of proposals) await applyProposal(tx, (await loadToolState(tx, { id: ref.id }))!, proposal.payload, choices.get(proposal.id));
      await markDecided(tx, user, ids, "accepted");
    });
    if (result.kind === "saved") return { kind: "saved" as const, tags: result.tags };
    if (result.kind === "unchanged") {
      // The catalogue already said so: the proposal is settled without an edit.
      await db().$transaction((tx) => markDecided(tx, user, ids, "accepted"));
      return { kind: "saved" as const, tags: [] };
    }
    if (result.kind === "invalid") return { kind: "failed" as const, message: [result.message, ...Object.entries(result.fieldErrors).map(([f, m]) => `${f} ${m}`)].filter(Boolean).join(" ") };
    if (result.kind === "not-found") return { kind: "failed" as const, message: `${slug} is no longer in the catalogue` };
    // A conflict: someone saved the tool between reading its version and writing; read it again.
  }
  return { kind: "failed" as const, message: `${slug} kept changing while this was accepted: try again` };
}

/**
 * Accepts pending proposals: new models together (one refresh of derived
 * capabilities and scores for all), the rest grouped by tool into one audited edit each (and one by one when a group is refused,
 * so one stale proposal does not hold back the others).
 */
export async function acceptProposals(user: AdminUser, ids: readonly number[], choices: ReadonlyMap<number, StatusChoice> = new Map()): Promise<DecisionResult> {
  const { stored, missing } = await loadPending(ids);
  const result: DecisionResult = { decided: [], failed: [...missing], tags: [] };
  const byTool = new Map<string, StoredProposal[]>();
  const newTools: NewToolProposal[] = [];
  for (const proposal of stored) {
    if ("error" in proposal) result.failed.push({ id: proposal.id, subject: proposal.subject, message: proposal.error });
    else if (proposal.payload.kind === "status_change" && !choices.has(proposal.id)) result.failed.push({ id: proposal.id, subject: proposal.subject, message: "needs the shutdown date: accept it on its own" });
    else if (proposal.payload.kind === "new_tool") newTools.push(proposal as NewToolProposal);
    else byTool.set(proposal.toolSlug, [...(byTool.get(proposal.toolSlug) ?? []), proposal]);
  }
  if (newTools.length) {
    // When two sources bring the same new model, the one that says more about it (its facts) creates it.
    const facts = (p: NewToolProposal) => Object.keys(p.payload.after.tool.facts).length;
    const created = await acceptNewTools(user, newTools.sort((a, b) => facts(b) - facts(a) || a.id - b.id));
    result.decided.push(...created.decided);
    result.failed.push(...created.failed);
    result.tags.push(...created.tags);
  }
  for (const [slug, proposals] of byTool) {
    const groups = [proposals];
    while (groups.length) {
      const group = groups.shift()!;
      const outcome = await acceptForTool(user, slug, group, choices);
      if (outcome.kind === "saved") {
        result.decided.push(...group.map((p) => p.id));
        result.tags.push(...outcome.tags);
      } else if (group.length > 1) groups.push(...group.map((p) => [p]));
      else result.failed.push({ id: group[0]!.id, subject: group[0]!.subject, message: outcome.message });
    }
  }
  return { ...result, tags: [...new Set(result.tags)] };
}

/** Rejects pending proposals, each with its own audit entry; nothing public changes, so no cache expires. */
export async function rejectProposals(user: AdminUser, ids: readonly number[]): Promise<DecisionResult> {
  const { stored, missing } = await loadPending(ids);
  const decided = stored.map((proposal) => proposal.id);
  try {
    await db().$transaction(async (tx) => {
      await lockCatalogue(tx);
      await markDecided(tx, user, decided, "rejected");
      const tools = new Map((await tx.tool.findMany({ where: { slug: { in: stored.map((p) => ("error" in p ? "" : p.toolSlug)) } }, select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
      for (const proposal of stored) {
        const change = "error" in proposal ? { before: null, after: proposal.error } : describeProposal(proposal.payload);
        const toolId = "error" in proposal ? null : (tools.get(proposal.toolSlug) ?? null);
        await recordAudit(tx, user, { action: "proposal.reject", entityType: "proposal", entityId: `proposal ${proposal.id}`, toolId, diff: { changes: [{ field: proposal.subject, ...change }] } });
      }
    });
  } catch (error) {
    if (!(error instanceof RejectedEdit)) throw error;
    return { decided: [], failed: [...missing, ...stored.map((p) => ({ id: p.id, subject: p.subject, message: error.message }))], tags: [] };
  }
  return { decided, failed: missing, tags: [] };
}
