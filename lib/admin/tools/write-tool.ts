import { tagsForToolChange } from "@/lib/cache/tags";
import { checkToolData } from "@/lib/catalog/data-checks";
import { refreshLastVerified } from "@/lib/catalog/last-verified";
import { refreshDerivedCapabilities } from "@/lib/catalog/refresh-derived";
import { db } from "@/lib/db/client";
import { refreshNeighbours } from "@/lib/matching/refresh-neighbours";
import type { AdminUser } from "@/lib/auth/session";
import { recomputeScores } from "@/lib/scoring/recompute";
import type { FieldChange } from "../diff";
import type { ConflictEntry } from "../form-state";
import { recordAudit } from "../audit/record";
import { changesSince } from "./conflicts";
import { parseToolSeed } from "./draft-seed";
import { diffTools } from "./tool-diff";
import { loadToolState, toSeedInput, type ToolState, type Tx } from "./tool-state";

/** Every admin write to the catalogue takes this lock, so scores recompute over a consistent catalogue. */
export const CATALOGUE_WRITE_LOCK = 7_340_115;

export type ToolRef = { toolId: number; version: number };

export type ToolWriteResult =
  | { kind: "saved"; slug: string; version: number; changes: FieldChange[]; tags: string[] }
  | { kind: "unchanged"; slug: string; version: number }
  | { kind: "conflict"; currentVersion: number; entries: ConflictEntry[] }
  | { kind: "invalid"; fieldErrors: Record<string, string>; message?: string }
  | { kind: "not-found" };

/** Thrown by a mutation to refuse it; the transaction rolls back and nothing is written. */
export class RejectedEdit extends Error {
  constructor(readonly fieldErrors: Record<string, string>, message = "Nothing was saved.") {
    super(message);
  }
}

class Abort extends Error {
  constructor(readonly result: ToolWriteResult) {
    super(result.kind);
  }
}

export type Mutation = (tx: Tx, tool: ToolState) => Promise<void>;
export type AuditInfo = { action: string; entityType: "tool" | "capability" | "offer" | "price" | "signal" | "fact"; entityId?: number | string };

export async function lockCatalogue(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CATALOGUE_WRITE_LOCK})`;
}

/** The seed schema and the data checks judge the whole tool after the edit (a draft may still lack capabilities). */
function wholeToolProblems(tool: ToolState): string[] {
  const result = parseToolSeed(toSeedInput(tool), !tool.published);
  if (!result.success) return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  return checkToolData(result.data)
    .filter((issue) => issue.severity === "error")
    .map((issue) => `${issue.field}: ${issue.message}`);
}

export function cacheTagsFor(slugs: readonly string[]): string[] {
  return [...new Set(slugs.flatMap(tagsForToolChange))];
}

/**
 * The one path for every edit of a tool, in one transaction: checks the
 * version the editor started from (optimistic locking), applies the change,
 * bumps the version, checks the whole tool against the seed schema, records
 * the field-level diff in the audit log, refreshes derived capabilities and
 * the match graph's neighbour lists, recomputes scores, and returns the cache
 * tags to expire (the tool's, and those of tools whose capabilities,
 * alternatives or scores moved).
 */
export async function writeTool(user: AdminUser, ref: ToolRef, audit: AuditInfo, mutate: Mutation): Promise<ToolWriteResult> {
  try {
    return await db().$transaction(
      async (tx) => {
        await lockCatalogue(tx);
        const before = await loadToolState(tx, { id: ref.toolId });
        if (!before) throw new Abort({ kind: "not-found" });
        if (before.version !== ref.version) throw new Abort(await conflict(tx, ref, before.version));
        await mutate(tx, before);
        await refreshLastVerified(tx, [ref.toolId]);
        const bumped = await tx.tool.updateMany({ where: { id: ref.toolId, version: ref.version }, data: { version: { increment: 1 } } });
        if (bumped.count === 0) throw new Abort(await conflict(tx, ref, before.version));
        const after = (await loadToolState(tx, { id: ref.toolId }))!;
        const changes = diffTools(before, after);
        if (changes.length === 0) throw new Abort({ kind: "unchanged", slug: before.slug, version: before.version });
        const problems = wholeToolProblems(after);
        if (problems.length) throw new Abort({ kind: "invalid", fieldErrors: {}, message: `Nothing was saved: ${problems.join("; ")}.` });
        await recordAudit(tx, user, { ...audit, toolId: after.id, diff: { fromVersion: before.version, toVersion: after.version, changes } });
        const rederived = await refreshDerivedCapabilities(tx);
        const relinked = await refreshNeighbours(tx);
        const rescored = await recomputeScores(tx, "when-changed");
        return { kind: "saved" as const, slug: after.slug, version: after.version, changes, tags: cacheTagsFor([after.slug, ...rederived, ...relinked.changed, ...rescored]) };
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof Abort) return error.result;
    if (error instanceof RejectedEdit) return { kind: "invalid", fieldErrors: error.fieldErrors, message: error.message };
    throw error;
  }
}

async function conflict(tx: Tx, ref: ToolRef, currentVersion: number): Promise<ToolWriteResult> {
  return { kind: "conflict", currentVersion, entries: await changesSince(tx, ref.toolId, ref.version) };
}
