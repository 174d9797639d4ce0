import { db } from "@/lib/db/client";

/** Times matched of each published tool among `slugs`, read straight from the database. */
export async function readMatchCounts(slugs: readonly string[]): Promise<Record<string, number>> {
  const rows = await db().tool.findMany({ where: { slug: { in: [...slugs] }, published: true }, select: { slug: true, timesMatched: true } });
  return Object.fromEntries(rows.map((row) => [row.slug, row.timesMatched]));
}
