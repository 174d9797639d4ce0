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
  /** Results before the kind, pricing and free-tier filters: the facets are counted over the best FACETED_RESULTS of them. */
  unfaceted: z.number(),
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

/**
 * Facets are counted over at most this many of the best results. Counting
 * tags over every hit grows with the catalogue (100,000 tools carry over a
 * million tags); past this many results the counts are of the best ones,
 * and the page says so.
 */
export const FACETED_RESULTS = 1000;

/** Tools carrying every one of the tags (none, if a slug names no tag). */
function tagFilter(tags: readonly string[]): Prisma.Sql {
  if (tags.length === 0) return TRUE;
  return Prisma.sql`c.tag_ids @> ARRAY(SELECT id FROM capability_tag WHERE slug = ANY(${[...tags]}::text[]))
    AND (SELECT count(*) FROM capability_tag WHERE slug = ANY(${[...tags]}::text[])) = ${tags.length}`;
}

function priceFilter(price: PriceOrder | null): Prisma.Sql {
  if (!price) return TRUE;
  const below = price.below === null ? TRUE : Prisma.sql`c.start_amount < ${price.below}::numeric`;
  return Prisma.sql`c.category = ${price.category} AND c.start_unit = ${price.unit} AND ${below}`;
}

/**
 * Retired and archived tools come after the usable ones, unless the search
 * was for the tool's own name; then relevance (or price), Rank, name.
 */
function ordering(price: PriceOrder | null): Prisma.Sql {
  const gone = Prisma.sql`(status = ANY(${[...GONE_STATUSES]}::text[]) AND NOT by_name)`;
  if (price) return Prisma.sql`${gone}, start_amount ASC, relevance DESC, provisional, rank DESC NULLS LAST, name, slug`;
  return Prisma.sql`${gone}, relevance DESC, provisional, rank DESC NULLS LAST, name, slug`;
}

const countsJson = (column: string, where: Prisma.Sql) => Prisma.sql`
  (SELECT coalesce(json_agg(json_build_object('value', value, 'count', n)), '[]'::json)
   FROM (SELECT ${Prisma.raw(column)} AS value, count(*)::int AS n FROM best WHERE ${where} GROUP BY 1) counted)`;

const and = (...parts: Prisma.Sql[]) => Prisma.join(parts, " AND ");

/**
 * Filters the candidates to published tools matching the query's facets,
 * orders them (relevance, then Rank, then name), and counts the facets, in
 * one statement. For like/from, relevance is the match graph's link strength.
 */
export async function queryResultSet(candidates: Prisma.Sql, query: SearchQuery, pageSize: number, price: PriceOrder | null = null, matchesText = true): Promise<ResultSet> {
  const [row] = await withTrigramThreshold(TYPO_THRESHOLD, resultSetStatement(candidates, query, pageSize, price), matchesText);
  return rowSchema.parse(row);
}

/**
 * The session settings every search statement runs with, for it alone: the
 * trigram operators' threshold (they read it from the session), and no
 * sequential scans. The planner prices `document @@ query` the same whether a
 * row is read or its index entry is, but reading means unpacking each tool's
 * long out-of-line document, while a bitmap from the GIN index never does:
 * with common words ("model") it would otherwise read every document. And
 * no JIT: the disabled scans' notional cost would make PostgreSQL compile
 * every search (seconds) for statements that run in milliseconds.
 */
export function searchSettings(threshold: number, matchesText = true): Prisma.Sql[] {
  return [
    Prisma.sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(threshold)}, true)`,
    // Listing by filters or by the graph reads no document: a sequential scan is then the right plan.
    Prisma.sql`SELECT set_config('enable_seqscan', ${matchesText ? "off" : "on"}, true)`,
    Prisma.sql`SELECT set_config('jit', 'off', true)`,
  ];
}

/** Runs a statement with the search settings above. */
export async function withTrigramThreshold<T = unknown>(threshold: number, statement: Prisma.Sql, matchesText = true): Promise<T[]> {
  // Reads only, so the statements are tried once more if the connection drops under them.
  return retryOnDroppedConnection(async () => {
    const results = await db().$transaction([...searchSettings(threshold, matchesText).map((setting) => db().$queryRaw(setting)), db().$queryRaw<T[]>(statement)]);
    return results.at(-1) as T[];
  });
}

/**
 * The one statement behind every search (exported so a test can EXPLAIN it).
 * The candidates are read once; the page is the top of those passing every
 * filter, the totals are counted over all of them, and the facets over the
 * best FACETED_RESULTS before the kind, pricing and free-tier filters (each
 * facet counted with the other two applied, so unselected ones add up).
 */
export function resultSetStatement(candidates: Prisma.Sql, query: SearchQuery, pageSize: number, price: PriceOrder | null = null): Prisma.Sql {
  const kind = query.kind ? Prisma.sql`kind = ${query.kind}` : TRUE;
  const pricing = query.pricing ? Prisma.sql`pricing = ${query.pricing}` : TRUE;
  const free = query.free ? Prisma.sql`free_tier = ${query.free === "yes"}` : TRUE;
  const order = ordering(price);
  const filtered = Boolean(query.kind || query.pricing || query.free);
  const offset = (query.page - 1) * pageSize;
  // Unfiltered, the page is the top of the best results, already in order.
  const pageSource = !filtered && offset + pageSize <= FACETED_RESULTS ? Prisma.sql`best` : Prisma.sql`base`;
  return Prisma.sql`
    WITH base AS MATERIALIZED (
      SELECT c.tool_id AS id, c.slug, c.name, c.rank, c.provisional, c.tag_ids, c.kind, c.pricing, c.free_tier, c.status, c.start_amount,
             CASE WHEN c.free_tier THEN 'yes' ELSE 'no' END AS free, c.relevance, c.by_name
      FROM (${candidates}) c
      WHERE c.published AND ${tagFilter(query.tag)} AND ${priceFilter(price)}
    ),
    best AS MATERIALIZED (SELECT * FROM base ORDER BY ${order} LIMIT ${FACETED_RESULTS}),
    hits AS (SELECT * FROM best WHERE ${and(kind, pricing, free)})
    SELECT counted.total, counted.unfaceted,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'relevance', relevance) ORDER BY ${order}), '[]'::json)
       FROM (SELECT * FROM ${pageSource} WHERE ${and(kind, pricing, free)} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}) paged) AS page,
      ${countsJson("kind", and(pricing, free))} AS kinds,
      ${countsJson("pricing", and(kind, free))} AS pricing,
      ${countsJson("free", and(kind, pricing))} AS free,
      (SELECT coalesce(json_agg(json_build_object('slug', slug, 'name', name, 'count', n) ORDER BY n DESC, name), '[]'::json)
       FROM (
         SELECT tag.slug, tag.name, tagged.n
         FROM (SELECT tag_id, count(*)::int AS n FROM hits, unnest(hits.tag_ids) AS tag_id GROUP BY tag_id) tagged
         JOIN capability_tag tag ON tag.id = tagged.tag_id
       ) counted) AS tags
    FROM (SELECT count(*) FILTER (WHERE ${and(kind, pricing, free)})::int AS total, count(*)::int AS unfaceted FROM base) counted`;
}
