import { db } from "@/lib/db/client";
import { isoDate } from "@/lib/dates";
import { loadToolState } from "./tools/tool-state";

/** Every tool, published or not, for the admin's list. */
export async function listToolsForAdmin() {
  const rows = await db().tool.findMany({
    select: { id: true, slug: true, name: true, kind: true, published: true, version: true, rank: true, lastVerifiedAt: true, updatedAt: true },
    orderBy: { name: "asc" },
  });
  return rows.map((row) => ({ ...row, lastVerifiedAt: isoDate(row.lastVerifiedAt), updatedAt: row.updatedAt.toISOString() }));
}

export type AdminToolRow = Awaited<ReturnType<typeof listToolsForAdmin>>[number];

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
