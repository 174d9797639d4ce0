import type { TagRef } from "@/lib/catalog/types";
import { db } from "@/lib/db/client";
import { loadStoredStats } from "@/lib/matching/link-input";
import { loadPairReach } from "@/lib/matching/load";
import { reachOf } from "@/lib/matching/neighbours";
import { reasonFor } from "@/lib/matching/reason";
import { matchStrength, roundStrength, sharedTags, type LinkTool, type MatchGraphStats } from "@/lib/matching/strength";
import { categoryFromRow, type LifecycleStatus, type ToolKind } from "@/lib/schemas/enums";
import type { GraphEdge } from "./types";

/** Links among the centre's neighbours worth drawing: at least as strong as two tools of one job sharing little. */
export const BETWEEN_LINK_MIN_STRENGTH = 0.6;
/** At most this many links among the neighbours, strongest first, so the map stays readable. */
export const BETWEEN_LINKS_MAX = 16;

type Row = { id: number; slug: string; name: string; kind: ToolKind; category: string; status: LifecycleStatus; tags: string[]; tag_names: string[] };

async function loadTools(slugs: readonly string[]): Promise<{ tools: LinkTool[]; tagNames: Map<string, string> }> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT t.id, t.slug, t.name, t.kind::text AS kind, t.category::text AS category, t.status::text AS status,
           ARRAY(SELECT tag.slug FROM capability_tag tag WHERE tag.id = ANY(s.tag_ids) ORDER BY tag.slug) AS tags,
           ARRAY(SELECT tag.name FROM capability_tag tag WHERE tag.id = ANY(s.tag_ids) ORDER BY tag.slug) AS tag_names
    FROM tool t JOIN tool_search s ON s.tool_id = t.id WHERE t.slug = ANY(${[...slugs]}::text[]) AND t.published`;
  const tagNames = new Map(rows.flatMap((row) => row.tags.map((slug, index) => [slug, row.tag_names[index]!] as const)));
  return { tools: rows.map(({ tag_names: _names, ...row }) => ({ ...row, category: categoryFromRow(row.category) })), tagNames };
}

export function edgeOf(a: LinkTool, b: LinkTool, stats: MatchGraphStats, tagNames: ReadonlyMap<string, string>, reach: number): GraphEdge {
  const [source, target] = a.slug < b.slug ? [a, b] : [b, a];
  const tags: TagRef[] = sharedTags(a, b, stats).map((slug) => ({ slug, name: tagNames.get(slug) ?? slug }));
  return { source: source.slug, target: target.slug, strength: roundStrength(matchStrength(a, b, stats, reach)), reason: reasonFor(source, target, stats, tagNames, reach), sharedTags: tags, weight: tags.length };
}

/**
 * The strongest links among these tools other than `centre` (whose links
 * come from the neighbour table), scored with matchStrength over the
 * catalogue counts the neighbour table was computed with (kept with every
 * catalogue write) and today's comparisons. Source and target are in alphabetical order.
 */
export async function linksAmong(slugs: readonly string[], centre: string): Promise<GraphEdge[]> {
  const others = slugs.filter((slug) => slug !== centre);
  if (others.length < 2) return [];
  const [{ tools, tagNames }, stats, reach] = await Promise.all([loadTools(others), loadStoredStats(db()), loadPairReach(db(), others)]);
  const edges: GraphEdge[] = [];
  tools.forEach((a, index) => {
    for (const b of tools.slice(index + 1)) edges.push(edgeOf(a, b, stats, tagNames, reachOf(reach, a, b)));
  });
  return edges
    .filter((edge) => edge.strength >= BETWEEN_LINK_MIN_STRENGTH)
    .sort((x, y) => y.strength - x.strength || x.source.localeCompare(y.source) || x.target.localeCompare(y.target))
    .slice(0, BETWEEN_LINKS_MAX);
}
