import { db } from "@/lib/db/client";
import type { GraphEdge } from "./types";

type EdgeRow = { source: string; target: string; weight: bigint; tag_slugs: string[]; tag_names: string[] };

/**
 * Every pair among these tools that shares capability tags, weighted by the
 * number of distinct tags shared (the same rule as `getNeighbours`). Source
 * and target are in alphabetical order.
 */
export async function edgesAmong(slugs: readonly string[]): Promise<GraphEdge[]> {
  if (slugs.length < 2) return [];
  const rows = await db().$queryRaw<EdgeRow[]>`
    WITH tool_tags AS (
      SELECT DISTINCT t.slug, ct.tag_id FROM tool t
      JOIN capability c ON c.tool_id = t.id
      JOIN capability_tagging ct ON ct.capability_id = c.id
      WHERE t.slug = ANY(${[...slugs]}::text[]) AND t.published
    )
    SELECT a.slug AS source, b.slug AS target, count(*) AS weight,
           array_agg(tag.slug ORDER BY tag.name) AS tag_slugs,
           array_agg(tag.name ORDER BY tag.name) AS tag_names
    FROM tool_tags a
    JOIN tool_tags b ON b.tag_id = a.tag_id AND a.slug < b.slug
    JOIN capability_tag tag ON tag.id = a.tag_id
    GROUP BY a.slug, b.slug
    ORDER BY weight DESC, a.slug, b.slug`;
  return rows.map((row) => ({
    source: row.source,
    target: row.target,
    weight: Number(row.weight),
    sharedTags: row.tag_slugs.map((slug, index) => ({ slug, name: row.tag_names[index]! })),
  }));
}
