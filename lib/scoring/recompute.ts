import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { isoDate, today } from "@/lib/dates";
import { loadLinkTools, loadMatchGraphStrengths } from "@/lib/matching/load";
import { METHOD_VERSION } from "./method";
import { computeCatalogueScores } from "./rank";
import { sameScores, snapshotColumns } from "./snapshot";

export type RecomputeMode = "always" | "when-changed";

/**
 * Recomputes every published tool's scores from its signals, its kind, its
 * status and the match graph (the neighbour table's strengths, read rather
 * than computed again: refresh it first). "always" stores a new snapshot per tool;
 * "when-changed" only where the scores or the method moved (so a new method
 * version gives every tool a new snapshot). Old snapshots are never touched.
 * Returns the slugs written. Given a transaction, it writes inside it.
 */
export async function recomputeScores(prisma: PrismaClient | Prisma.TransactionClient, mode: RecomputeMode, day = today()): Promise<string[]> {
  const tools = await prisma.tool.findMany({
    where: { published: true },
    select: {
      id: true,
      slug: true,
      signals: { select: { kind: true, value: true, sourceDate: true } },
      snapshots: { orderBy: { computedAt: "desc" }, take: 1 },
    },
    orderBy: { id: "asc" },
  });
  const links = await loadLinkTools(prisma);
  const strengths = await loadMatchGraphStrengths(prisma);
  const signals = new Map(
    tools.map((tool) => [tool.id, tool.signals.map((signal) => ({ kind: signal.kind, value: signal.value, date: isoDate(signal.sourceDate) }))]),
  );
  const scores = computeCatalogueScores(
    links.map((link) => ({ ...link, signals: signals.get(link.id) ?? [] })),
    day,
    strengths,
  );
  const written: string[] = [];
  const computedAt = new Date();
  const changed = tools.filter((tool) => {
    const latest = tool.snapshots[0];
    return mode === "always" || !latest || latest.methodVersion !== METHOD_VERSION || !sameScores(latest, scores.get(tool.id)!);
  });
  // Two statements however many tools changed: the snapshots, then every changed rank at once.
  const write = async (tx: Prisma.TransactionClient) => {
    if (changed.length === 0) return;
    await tx.scoreSnapshot.createMany({ data: changed.map((tool) => ({ toolId: tool.id, ...snapshotColumns(scores.get(tool.id)!), methodVersion: METHOD_VERSION, computedAt })) });
    const ids = changed.map((tool) => tool.id);
    const ranks = changed.map((tool) => scores.get(tool.id)!.rank);
    const provisional = changed.map((tool) => scores.get(tool.id)!.provisional);
    await tx.$executeRaw`
      UPDATE tool SET rank = v.rank, provisional = v.provisional
      FROM unnest(${ids}::int[], ${ranks}::int[], ${provisional}::boolean[]) AS v(id, rank, provisional) WHERE tool.id = v.id`;
    written.push(...changed.map((tool) => tool.slug));
  };
  // Two statements, but at 10,000 tools a first snapshot of each takes longer than the 5 s default.
  if ("$transaction" in prisma) await prisma.$transaction(write, { timeout: 120_000 });
  else await write(prisma);
  return written;
}
