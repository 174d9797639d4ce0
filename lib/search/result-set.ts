import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { retryOnDroppedConnection } from "@/lib/db/retry";
import { GONE_STATUSES } from "@/lib/lifecycle";
import type { SearchQuery } from "@/lib/schemas/search";
import { TYPO_THRESHOLD } from "./candidates";

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

/**
 * How the hits are narrowed and ordered beyond the URL's facets, from reading
 * the query ("cheapest LLM", "cheaper than GPT-5"): by starting price, only
 * within one category and price unit (prices in other units do not compare),
 * optionally below a price.
 */
export type PriceOrder = { category: string; unit: string; below: string | null };

const TRUE = Prisma.sql`TRUE`;

/** Tools carrying every one of the tags (none, if a slug names no tag). */
function tagFilter(tags: readonly string[]): Prisma.Sql {
  if (tags.length === 0) return TRUE;
  return Prisma.sql`s.tag_ids @> ARRAY(SELECT id FROM capability_tag WHERE slug = ANY(${[...tags]}::text[]))
    AND (SELECT count(*) FROM capability_tag WHERE slug = ANY(${[...tags]}::text[])) = ${tags.length}`;
}

function priceFilter(price: PriceOrder | null): Prisma.Sql {
  if (!price) return TRUE;
  const below = price.below === null ? TRUE : Prisma.sql`s.start_amount < ${price.below}::numeric`;
  return Prisma.sql`s.category = ${price.category} AND s.start_unit = ${price.unit} AND ${below}`;
}

/**
 * Retired and archived tools come after the usable ones, unless the search
 * was for the tool's own name; then relevance (or price), Rank, name.
 */
function ordering(price: PriceOrder | null): Prisma.Sql {
  const gone = Prisma.sql`(status = ANY(${[...GONE_STATUSES]}::text[]) AND NOT by_name)`;
  if (price) return Prisma.sql`${gone}, start_amount ASC, relevance DESC, rank DESC, name, slug`;
  return Prisma.sql`${gone}, relevance DESC, rank DESC, name, slug`;
}

const countsJson = (column: string, where: Prisma.Sql) => Prisma.sql`
  (SELECT coalesce(json_agg(json_build_object('value', value, 'count', n)), '[]'::json)
   FROM (SELECT ${Prisma.raw(column)} AS value, count(*)::int AS n FROM base WHERE ${where} GROUP BY 1) counted)`;

const and = (...parts: Prisma.Sql[]) => Prisma.join(parts, " AND ");

/**
 * Filters the candidates to published tools matching the query's facets,
 * orders them, and counts the facets, in one statement.
 */
export async function queryResultSet(candidates: Prisma.Sql, query: SearchQuery, pageSize: number, price: PriceOrder | null = null): Promise<ResultSet> {
  const [row] = await withTrigramThreshold(TYPO_THRESHOLD, resultSetStatement(candidates, query, pageSize, price));
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
export function resultSetStatement(candidates: Prisma.Sql, query: SearchQuery, pageSize: number, price: PriceOrder | null = null): Prisma.Sql {
  const kind = query.kind ? Prisma.sql`kind = ${query.kind}` : TRUE;
  const pricing = query.pricing ? Prisma.sql`pricing = ${query.pricing}` : TRUE;
  const free = query.free ? Prisma.sql`free_tier = ${query.free === "yes"}` : TRUE;
  const order = ordering(price);
  return Prisma.sql`
    WITH candidates AS (${candidates}),
    base AS MATERIALIZED (
      SELECT s.tool_id AS id, s.slug, s.name, s.rank, s.tag_ids, s.kind, s.pricing, s.free_tier, s.status, s.start_amount,
             CASE WHEN s.free_tier THEN 'yes' ELSE 'no' END AS free, candidates.relevance, candidates.by_name
      FROM candidates JOIN tool_search s ON s.tool_id = candidates.tool_id
      WHERE s.published AND ${tagFilter(query.tag)} AND ${priceFilter(price)}
    ),
    hits AS MATERIALIZED (SELECT * FROM base WHERE ${and(kind, pricing, free)})
    SELECT
      (SELECT count(*)::int FROM hits) AS total,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'relevance', relevance) ORDER BY ${order}), '[]'::json)
       FROM (SELECT * FROM hits ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(query.page - 1) * pageSize}) paged) AS page,
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
