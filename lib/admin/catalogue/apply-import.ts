import { CACHE_TAGS } from "@/lib/cache/tags";
import type { AdminUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { refreshNeighbours } from "@/lib/matching/refresh-neighbours";
import { recomputeScores } from "@/lib/scoring/recompute";
import { applyToolSeed, upsertTags } from "@/lib/seeds/apply";
import { recordAudit } from "../audit/record";
import { cacheTagsFor, lockCatalogue } from "../tools/write-tool";
import { exportCatalogueFile, fingerprint, type CatalogueFile } from "./file-format";
import type { FileProblem } from "./parse-file";
import { planImport, type ImportPlan } from "./plan-import";

export type ImportResult =
  | { kind: "applied"; plan: ImportPlan; tags: string[] }
  | { kind: "stale" }
  | { kind: "invalid"; problems: FileProblem[] };

class Abort extends Error {
  constructor(readonly result: ImportResult) {
    super(result.kind);
  }
}

/**
 * Applies a validated file in one transaction, all or nothing — but only to
 * the catalogue its preview was made from (the fingerprint), so what the
 * admin saw is what happens. Every created or changed tool gets an audit entry.
 */
export async function applyImport(user: AdminUser, file: CatalogueFile, expectedFingerprint: string): Promise<ImportResult> {
  try {
    return await db().$transaction(
      async (tx) => {
        await lockCatalogue(tx);
        if (fingerprint(await exportCatalogueFile(tx)) !== expectedFingerprint) throw new Abort({ kind: "stale" });
        const { plan, problems } = await planImport(tx, file);
        if (problems.length) throw new Abort({ kind: "invalid", problems });
        const tagsChanged = await upsertTags(tx, file.tags);
        const tagIds = new Map((await tx.capabilityTag.findMany({ select: { id: true, slug: true } })).map((tag) => [tag.slug, tag.id]));
        const hidden = new Set(file.unpublished);
        const planned = new Map([...plan.tools.created, ...plan.tools.changed].map((entry) => [entry.slug, entry]));
        for (const tool of file.tools) {
          const entry = planned.get(tool.slug);
          if (!entry) continue;
          const before = await tx.tool.findUnique({ where: { slug: tool.slug }, select: { version: true } });
          const outcome = await applyToolSeed(tx, tool, tagIds);
          const published = !hidden.has(tool.slug);
          const saved = await tx.tool.update({
            where: { slug: tool.slug },
            // A change of publication alone still makes a new version.
            data: { published, ...(outcome === "unchanged" && { version: { increment: 1 } }) },
          });
          const diff = { fromVersion: before?.version ?? 0, toVersion: saved.version, changes: entry.changes };
          await recordAudit(tx, user, { action: before ? "import.update" : "import.create", entityType: "tool", toolId: saved.id, diff });
        }
        if (tagsChanged) {
          const changes = [...plan.tags.created.map((slug) => ({ field: `tag ${slug}`, before: null, after: "added" })), ...plan.tags.changed.flatMap((tag) => tag.changes.map((change) => ({ ...change, field: `tag ${tag.slug}.${change.field}` })))];
          await recordAudit(tx, user, { action: "import.tags", entityType: "capability_tag", diff: { changes } });
        }
        const relinked = await refreshNeighbours(tx);
        const rescored = await recomputeScores(tx, "when-changed");
        const tags = cacheTagsFor([...planned.keys(), ...relinked.changed, ...rescored]);
        return { kind: "applied" as const, plan, tags: [...new Set(tagsChanged ? [...tags, CACHE_TAGS.tags, CACHE_TAGS.catalogue] : tags)] };
      },
      // The largest file (8 MB, about 1,100 full tools) takes about 40 s on a 2-core machine.
      { timeout: 300_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof Abort) return error.result;
    throw error;
  }
}
