import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { loadLinkTools, loadPairReach } from "@/lib/matching/load";
import { METHOD_VERSION, DIMENSIONS } from "./method";
import { computeCatalogueScores, type ScoreBreakdown } from "./rank";

export type RecomputeMode = "always" | "when-changed";

const sameScores = (a: ScoreBreakdown, b: ScoreBreakdown) => a.rank === b.rank && DIMENSIONS.every((d) => a[d] === b[d]);

/**
 * Recomputes every published tool's scores from its signals and the match
 * graph. "always" stores a new snapshot per tool (the history is kept);
 * "when-changed" only where the scores or method moved. Returns the slugs written.
 * Given a transaction, it writes inside it (admin saves recompute atomically).
 */
export async function recomputeScores(prisma: PrismaClient | Prisma.TransactionClient, mode: RecomputeMode): Promise<string[]> {
  const tools = await prisma.tool.findMany({
    where: { published: true },
    select: { id: true, slug: true, signals: { select: { kind: true, value: true } }, snapshots: { orderBy: { computedAt: "desc" }, take: 1 } },
    orderBy: { id: "asc" },
  });
  const [links, reach] = await Promise.all([loadLinkTools(prisma), loadPairReach(prisma)]);
  const signals = new Map(tools.map((tool) => [tool.id, tool.signals]));
  const scores = computeCatalogueScores(links.map((link) => ({ ...link, signals: signals.get(link.id) ?? [] })), reach);
  const written: string[] = [];
  const computedAt = new Date();
  const changed = tools.filter((tool) => {
    const latest = tool.snapshots[0];
    return mode === "always" || !latest || latest.methodVersion !== METHOD_VERSION || !sameScores(latest, scores.get(tool.id)!);
  });
  // Two statements however many tools changed: the snapshots, then every changed rank at once.
  const write = async (tx: Prisma.TransactionClient) => {
    if (changed.length === 0) return;
    await tx.scoreSnapshot.createMany({ data: changed.map((tool) => ({ toolId: tool.id, ...scores.get(tool.id)!, methodVersion: METHOD_VERSION, computedAt })) });
    const ids = changed.map((tool) => tool.id);
    const ranks = changed.map((tool) => scores.get(tool.id)!.rank);
    await tx.$executeRaw`UPDATE tool SET rank = v.rank FROM unnest(${ids}::int[], ${ranks}::int[]) AS v(id, rank) WHERE tool.id = v.id`;
    written.push(...changed.map((tool) => tool.slug));
  };
  if ("$transaction" in prisma) await prisma.$transaction(write);
  else await write(prisma);
  return written;
}
