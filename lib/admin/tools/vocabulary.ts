import { RejectedEdit } from "./write-tool";
import type { Tx } from "./tool-state";

/** The ids of capability tags by slug; a slug outside the vocabulary refuses the edit. */
export async function tagIdsFor(tx: Tx, slugs: readonly string[], field = "tags"): Promise<number[]> {
  const unique = [...new Set(slugs)];
  const rows = await tx.capabilityTag.findMany({ where: { slug: { in: unique } }, select: { id: true, slug: true } });
  const known = new Map(rows.map((row) => [row.slug, row.id]));
  const unknown = unique.filter((slug) => !known.has(slug));
  if (unknown.length) throw new RejectedEdit({ [field]: `${unknown.map((slug) => `"${slug}"`).join(", ")} is not in the capability tag vocabulary` });
  return unique.map((slug) => known.get(slug)!);
}
