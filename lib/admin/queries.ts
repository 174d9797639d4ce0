import { db } from "@/lib/db/client";
import { scoreViewOf } from "@/lib/scoring/snapshot";
import { loadToolState } from "./tools/tool-state";

/** One tool as its edit page needs it: every editable field, the latest scores, and the tag vocabulary. */
export async function getToolForEdit(slug: string) {
  const tool = await loadToolState(db(), { slug });
  if (!tool) return null;
  const [latest, vocabulary] = await Promise.all([
    db().scoreSnapshot.findFirst({ where: { toolId: tool.id }, orderBy: { computedAt: "desc" } }),
    db().capabilityTag.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const scores = latest && scoreViewOf(latest);
  return { tool, scores, vocabulary };
}

export type ToolForEdit = NonNullable<Awaited<ReturnType<typeof getToolForEdit>>>;
