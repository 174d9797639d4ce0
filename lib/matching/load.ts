import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { categoryFromRow, type LifecycleStatus, type ToolKind } from "@/lib/schemas/enums";
import { MATCH_GRAPH_NEIGHBOURS, type PairReach } from "./neighbours";
import { comparisonKey } from "./pair-key";
import type { LinkTool } from "./strength";

type Client = PrismaClient | Prisma.TransactionClient;
type LinkRow = { id: number; slug: string; name: string; kind: ToolKind; category: string; status: LifecycleStatus; tags: string[] };

/** Every published tool as the match graph sees it (one statement: tags come from its search document's tag_ids, kept by triggers). */
export async function loadLinkTools(client: Client): Promise<LinkTool[]> {
  const rows = await client.$queryRaw<LinkRow[]>`
    SELECT t.id, t.slug, t.name, t.kind::text AS kind, t.category::text AS category, t.status::text AS status,
           ARRAY(SELECT tag.slug FROM capability_tag tag WHERE tag.id = ANY(s.tag_ids) ORDER BY tag.slug) AS tags
    FROM tool t JOIN tool_search s ON s.tool_id = t.id WHERE t.published ORDER BY t.id`;
  return rows.map((row) => ({ ...row, category: categoryFromRow(row.category) }));
}

export async function loadTagNames(client: Client): Promise<Map<string, string>> {
  const tags = await client.capabilityTag.findMany({ select: { slug: true, name: true } });
  return new Map(tags.map((tag) => [tag.slug, tag.name]));
}

/**
 * Reach of every pair of tools compared together (in a comparison of two, or
 * of three or four: each pair in it), summed over comparisons. Reach counts
 * distinct addresses a day, so one client cannot inflate it. With `slugs`,
 * only comparisons holding one of them (GIN index on comparison_view.slugs).
 */
export async function loadPairReach(client: Client, slugs?: readonly string[]): Promise<PairReach> {
  const rows = slugs
    ? await client.$queryRaw<{ slugs: string[]; reach: number }[]>`SELECT slugs, reach FROM comparison_view WHERE reach > 0 AND slugs && ${[...slugs]}::text[]`
    : await client.$queryRaw<{ slugs: string[]; reach: number }[]>`SELECT slugs, reach FROM comparison_view WHERE reach > 0`;
  const reach = new Map<string, number>();
  for (const row of rows) {
    row.slugs.forEach((a, index) => {
      for (const b of row.slugs.slice(index + 1)) {
        const key = comparisonKey([a, b]);
        reach.set(key, (reach.get(key) ?? 0) + row.reach);
      }
    });
  }
  return reach;
}

/**
 * The Match Graph sub-score's input as stored: per tool, the summed strength
 * of its MATCH_GRAPH_NEIGHBOURS strongest links in the neighbour table,
 * added in order, so it equals matchGraphStrengths over the same catalogue.
 */
export async function loadMatchGraphStrengths(client: Client): Promise<Map<number, number>> {
  const rows = await client.$queryRaw<{ id: number; strengths: number[] }[]>`
    SELECT tool_id AS id, array_agg(strength ORDER BY position) AS strengths FROM tool_neighbour WHERE position < ${MATCH_GRAPH_NEIGHBOURS} GROUP BY tool_id`;
  return new Map(rows.map((row) => [row.id, row.strengths.reduce((sum, strength) => sum + strength, 0)]));
}
