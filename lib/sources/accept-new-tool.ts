import { recordAudit } from "@/lib/admin/audit/record";
import { parseToolSeed } from "@/lib/admin/tools/draft-seed";
import { diffTools } from "@/lib/admin/tools/tool-diff";
import { loadToolState, type Tx } from "@/lib/admin/tools/tool-state";
import { cacheTagsFor, lockCatalogue } from "@/lib/admin/tools/write-tool";
import type { AdminUser } from "@/lib/auth/session";
import { checkToolData } from "@/lib/catalog/data-checks";
import { refreshDerivedCapabilities } from "@/lib/catalog/refresh-derived";
import { refreshNeighbours } from "@/lib/matching/refresh-neighbours";
import { db } from "@/lib/db/client";
import type { ToolSeed } from "@/lib/schemas/tool";
import { recomputeScores } from "@/lib/scoring/recompute";
import { applyToolSeed } from "@/lib/seeds/apply";
import type { DecisionResult } from "./decide";
import { markDecided, type StoredProposal } from "./stored";

export type NewToolProposal = StoredProposal & { payload: { kind: "new_tool" } };

/** Why a new model cannot be created now (checked under the catalogue lock), or null. */
async function refusal(tx: Tx, id: number, seed: ToolSeed): Promise<string | null> {
  const row = await tx.sourceProposal.findUnique({ where: { id }, select: { status: true } });
  if (row?.status !== "pending") return "is no longer pending (decided or withdrawn meanwhile)";
  if (await tx.tool.findUnique({ where: { slug: seed.slug }, select: { id: true } })) return `Not accepted: ${seed.slug} is already in the catalogue.`;
  for (const offer of seed.offers) {
    const taken = await tx.offer.findFirst({ where: { providerSlug: offer.providerSlug, modelId: offer.modelId }, select: { id: true } });
    if (taken) return `Not accepted: ${offer.providerSlug}/${offer.modelId} is already an offer in the catalogue.`;
  }
  const problem = checkToolData(seed).find((issue) => issue.severity === "error");
  return problem ? `Not accepted: ${problem.field}: ${problem.message}.` : null;
}

/**
 * Creates the models proposals bring, each with its offer, prices, facts and
 * audit entry, in one transaction; derived capabilities and scores are brought
 * up to date once, after all of them (as write-tool.ts does after one edit).
 * A model is published when it already says what it does (structured facts),
 * else it waits as an unpublished draft. Returns the cache tags to expire.
 */
export async function acceptNewTools(user: AdminUser, proposals: readonly NewToolProposal[]): Promise<DecisionResult> {
  return db().$transaction(
    async (tx) => {
      await lockCatalogue(tx);
      const result: DecisionResult = { decided: [], failed: [], tags: [] };
      const published: string[] = [];
      for (const proposal of proposals) {
        const seed = proposal.payload.after.tool;
        const problem = await refusal(tx, proposal.id, seed);
        if (problem) {
          result.failed.push({ id: proposal.id, subject: proposal.subject, message: problem });
          continue;
        }
        await applyToolSeed(tx, seed, new Map());
        if (parseToolSeed(seed, false).success) published.push(seed.slug);
        else await tx.tool.update({ where: { slug: seed.slug }, data: { published: false } });
        const state = (await loadToolState(tx, { slug: seed.slug }))!;
        const diff = { fromVersion: 0, toVersion: state.version, changes: diffTools(null, state) };
        await recordAudit(tx, user, { action: "proposal.accept", entityType: "tool", entityId: `proposal ${proposal.id} (${proposal.source})`, toolId: state.id, diff });
        await markDecided(tx, user, [proposal.id], "accepted");
        result.decided.push(proposal.id);
      }
      if (published.length === 0) return result;
      const rederived = await refreshDerivedCapabilities(tx);
      const relinked = await refreshNeighbours(tx);
      const rescored = await recomputeScores(tx, "when-changed");
      return { ...result, tags: cacheTagsFor([...published, ...rederived, ...relinked.changed, ...rescored]) };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
