import { isDeepStrictEqual } from "node:util";
import { dateColumn } from "@/lib/dates";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { fingerprint, type ProposalDraft } from "./proposal";
import type { SourceName } from "./types";

/** How many were new, already known (pending or decided), refreshed and withdrawn; `fresh` holds the new ones' fingerprints. */
export type StoreResult = { created: number; known: number; refreshed: number; withdrawn: number; fingerprints: string[]; fresh: Set<string> };

const json = (value: unknown) => value as Prisma.InputJsonValue;

function columns(draft: ProposalDraft) {
  return {
    sourceVersion: draft.sourceVersion,
    sourceDate: dateColumn(draft.sourceDate),
    before: draft.before === null ? Prisma.DbNull : json(draft.before),
    after: json(draft.after),
    flags: draft.flags,
  };
}

/**
 * Writes a sync run's proposals. A proposal seen before (same source, subject
 * and value) is not proposed again, whether pending or decided; a pending one
 * is brought up to date (what the catalogue holds now, the source's version,
 * its flags), and a pending one the sources no longer suggest is withdrawn.
 */
export async function storeProposals(prisma: PrismaClient, sources: readonly SourceName[], drafts: readonly ProposalDraft[]): Promise<StoreResult> {
  const byFingerprint = new Map(drafts.map((draft) => [fingerprint(draft), draft]));
  const fingerprints = [...byFingerprint.keys()];
  return prisma.$transaction(
    async (tx) => {
      const known = await tx.sourceProposal.findMany({ where: { fingerprint: { in: fingerprints } }, select: { id: true, fingerprint: true, status: true, before: true, after: true, flags: true, sourceVersion: true } });
      let refreshed = 0;
      for (const row of known.filter((row) => row.status === "pending")) {
        const draft = byFingerprint.get(row.fingerprint)!;
        // As stored: JSON without undefined fields (jsonb does not keep key order, so compare deeply).
        const same = isDeepStrictEqual([row.before, row.after, row.flags, row.sourceVersion], JSON.parse(JSON.stringify([draft.before, draft.after, draft.flags, draft.sourceVersion])));
        if (same) continue;
        await tx.sourceProposal.update({ where: { id: row.id }, data: columns(draft) });
        refreshed++;
      }
      const seen = new Set(known.map((row) => row.fingerprint));
      const fresh = fingerprints.filter((fp) => !seen.has(fp));
      await tx.sourceProposal.createMany({
        skipDuplicates: true,
        data: fresh.map((fp) => {
          const draft = byFingerprint.get(fp)!;
          return { ...columns(draft), source: draft.source, kind: draft.kind, toolSlug: draft.toolSlug, subject: draft.subject, fingerprint: fp };
        }),
      });
      const withdrawn = await tx.sourceProposal.deleteMany({ where: { status: "pending", source: { in: [...sources] }, fingerprint: { notIn: fingerprints } } });
      return { created: fresh.length, known: seen.size, refreshed, withdrawn: withdrawn.count, fingerprints, fresh: new Set(fresh) };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
