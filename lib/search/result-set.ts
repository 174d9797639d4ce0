import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { retryOnDroppedConnection } from "@/lib/db/retry";
import type { SearchQuery } from "@/lib/schemas/search";
import { TRIGRAM_THRESHOLD } from "./candidates";

const countsSchema = z.array(z.object({ value: z.string(), count: z.number() }));
const rowSchema = z.object({
  total: z.number(),
  page: z.array(z.object({ id: z.number(), relevance: z.number() })),
  kinds: countsSchema,
  pricing: countsSchema,
  free: countsSchema,
  tags: z.array(z.object({ slug: z.string(), name: z.string(), count: z.number() })),
});

/** One page of ranked tool ids, the total, and the raw facet counts. */
export type ResultSet = z.infer<typeof rowSchema>;

const TRUE = Prisma.sql`TRUE`;

/** Tools carrying every one of the tags (none, if a slug names no tag). */
function tagFilter(tags: readonly string[]): Prisma.Sql {
  if (tags.length === 0) return TRUE;
  return Prisma.sql`t.tag_ids @> ARRAY(SELECT id FROM capability_tag WHERE slug = ANY(${[...tags]}::text[]))
    AND (SELECT count(*) FROM capability_tag WHERE slug = ANY(${[...tags]}::text[])) = ${tags.length}`;
}

const countsJson = (column: string, where: Prisma.Sql) => Prisma.sql`
  (SELECT coalesce(json_agg(json_build_object('value', value, 'count', n)), '[]'::json)
   FROM (SELECT ${Prisma.raw(column)} AS value, count(*)::int AS n FROM base WHERE ${where} GROUP BY 1) counted)`;

const and = (...parts: Prisma.Sql[]) => Prisma.join(parts, " AND ");

/**
 * Filters the candidates to published tools matching the query's facets,
 * orders them (relevance, then Rank, then name), and counts the facets, in
 * one statement. For like/from, relevance is the match graph's link strength.
 */
export async function queryResultSet(candidates: Prisma.Sql, query: SearchQuery, pageSize: number): Promise<ResultSet> {
  const [row] = await withTrigramThreshold(TRIGRAM_THRESHOLD, resultSetStatement(candidates, query, pageSize));
  return rowSchema.parse(row);
}

/** Runs a statement with the trigram operators' threshold, which they read from the session, set for it alone. */
export async function withTrigramThreshold<T = unknown>(threshold: number, statement: Prisma.Sql): Promise<T[]> {
  // Reads only, so the pair is tried once more if the connection drops under it.
  return retryOnDroppedConnection(async () => {
    const [, rows] = await db().$transaction([
      db().$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(threshold)}, true)`,
      db().$queryRaw<T[]>(statement),
    ]);
    return rows;
  });
}

/** The one statement behind every search (exported so a test can EXPLAIN it). */
export function resultSetStatement(candidates: Prisma.Sql, query: SearchQuery, pageSize: number): Prisma.Sql {
  const kind = query.kind ? Prisma.sql`kind = ${query.kind}` : TRUE;
  const pricing = query.pricing ? Prisma.sql`pricing = ${query.pricing}` : TRUE;
  const free = query.free ? Prisma.sql`free_tier = ${query.free === "yes"}` : TRUE;
  return Prisma.sql`
    WITH candidates AS (${candidates}),
    base AS MATERIALIZED (
      SELECT t.id, t.slug, t.name, t.rank, t.provisional, t.tag_ids, t.kind::text AS kind, t.pricing_model::text AS pricing, t.free_tier,
             CASE WHEN t.free_tier THEN 'yes' ELSE 'no' END AS free, candidates.relevance
      FROM candidates JOIN tool t ON t.id = candidates.tool_id
      WHERE t.published AND ${tagFilter(query.tag)}
    ),
    hits AS MATERIALIZED (SELECT * FROM base WHERE ${and(kind, pricing, free)})
    SELECT
      (SELECT count(*)::int FROM hits) AS total,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'relevance', relevance) ORDER BY relevance DESC, provisional, rank DESC NULLS LAST, name, slug), '[]'::json)
       FROM (SELECT * FROM hits ORDER BY relevance DESC, provisional, rank DESC NULLS LAST, name, slug LIMIT ${pageSize} OFFSET ${(query.page - 1) * pageSize}) paged) AS page,
      ${countsJson("kind", and(pricing, free))} AS kinds,
      ${countsJson("pricing", and(kind, free))} AS pricing,
      ${countsJson("free", and(kind, pricing))} AS free,
      (SELECT coalesce(json_agg(json_build_object('slug', slug, 'name', name, 'count', n) ORDER BY n DESC, name), '[]'::json)
       FROM (
         SELECT tag.slug, tag.name, tagged.n
         FROM (SELECT tag_id, count(*)::int AS n FROM hits, unnest(hits.tag_ids) AS tag_id GROUP BY tag_id) tagged
         JOIN capability_tag tag ON tag.id = tagged.tag_id
       ) counted) AS tags`;
}
