import { db } from "@/lib/db/client";
import { loadToolState } from "./tools/tool-state";

/** One tool as its edit page needs it: every editable field, the latest scores, and the tag vocabulary. */
export async function getToolForEdit(slug: string) {
  const tool = await loadToolState(db(), { slug });
  if (!tool) return null;
  const [latest, vocabulary] = await Promise.all([
    db().scoreSnapshot.findFirst({ where: { toolId: tool.id }, orderBy: { computedAt: "desc" } }),
    db().capabilityTag.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const scores = latest && {
    rank: latest.rank,
    adoption: latest.adoption,
    quality: latest.quality,
    ecosystem: latest.ecosystem,
    matchGraph: latest.matchGraph,
    methodVersion: latest.methodVersion,
    computedAt: latest.computedAt.toISOString(),
  };
  return { tool, scores, vocabulary };
}

export type ToolForEdit = NonNullable<Awaited<ReturnType<typeof getToolForEdit>>>;
