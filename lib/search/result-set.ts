import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchQuery } from "@/lib/schemas/search";
import { TYPO_THRESHOLD } from "./candidates";
import { runSearchStatement, type StatementSettings } from "./statement";

const countsSchema = z.array(z.object({ value: z.string(), count: z.number() }));
const rowSchema = z.object({
  total: z.number(),
  /** Whether more tools match than `total` says: a listing counts up to LISTED_COUNTED, a text search lists at most SCORED_PER_CONCEPT + 1 per too-common word. */
  more: z.boolean(),
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

/**
 * A listing without words (filters only, a price order) counts its results
 * up to this many and then says "more than": counting every published tool
 * of a 100,000-tool catalogue would be most of the search's time.
 */
export const LISTED_COUNTED = 1000;

/** Tools carrying every one of the tags (none, if a slug names no tag). */
function tagFilter(tags: readonly string[]): Prisma.Sql {
  if (tags.length === 0) return TRUE;
  return Prisma.sql`c.tag_ids @> ARRAY(SELECT id FROM capability_tag WHERE slug = ANY(${[...tags]}::text[]))
    AND (SELECT count(*) FROM capability_tag WHERE slug = ANY(${[...tags]}::text[])) = ${tags.length}`;
}

function priceFilter(price: PriceOrder | null, row = "c"): Prisma.Sql {
  if (!price) return TRUE;
  const c = Prisma.raw(row);
  const below = price.below === null ? TRUE : Prisma.sql`${c}.start_amount < ${price.below}::numeric`;
  return Prisma.sql`${c}.category = ${price.category} AND ${c}.start_unit = ${price.unit} AND ${below}`;
}

/**
 * Retired and archived tools come after the usable ones, unless the search
 * was for the tool's own name; then relevance (or price), Rank, name.
 */
function ordering(price: PriceOrder | null): Prisma.Sql {
  const gone = Prisma.sql`(gone AND NOT by_name)`;
  if (price) return Prisma.sql`${gone}, start_amount ASC, relevance DESC, provisional, rank DESC NULLS LAST, name, slug`;
  return Prisma.sql`${gone}, relevance DESC, provisional, rank DESC NULLS LAST, name, slug`;
}

const countsJson = (column: string, where: Prisma.Sql) => Prisma.sql`
  (SELECT coalesce(json_agg(json_build_object('value', value, 'count', n)), '[]'::json)
   FROM (SELECT ${Prisma.raw(column)} AS value, count(*)::int AS n FROM best WHERE ${where} GROUP BY 1) counted)`;

const and = (...parts: Prisma.Sql[]) => Prisma.join(parts, " AND ");

/** How the result set statement runs: with words (text candidates), or over the match graph alone. */
export const resultSetSettings = (matchesText: boolean): StatementSettings => ({ threshold: TYPO_THRESHOLD, matchesText });

/** How the listing statement runs: planned for the tags it filters by (see tagIds). */
export const LISTING_SETTINGS: StatementSettings = { matchesText: false, plannedPerValues: true };

/**
 * Filters the candidates to published tools matching the query's facets,
 * orders them (relevance, then Rank, then name), and counts the facets, in
 * one statement. For like/from, relevance is the match graph's link strength.
 */
export async function queryResultSet(candidates: Prisma.Sql, query: SearchQuery, pageSize: number, price: PriceOrder | null = null, matchesText = true): Promise<ResultSet> {
  const [row] = await runSearchStatement(resultSetStatement(candidates, query, pageSize, price), resultSetSettings(matchesText));
  return rowSchema.parse(row);
}

/** The same for a listing without words to match: by filters alone, or by price within a category. */
export async function queryListing(query: SearchQuery, pageSize: number, price: PriceOrder | null): Promise<ResultSet> {
  const [row] = await runSearchStatement(listingStatement(query, pageSize, price, await tagIds(query.tag)), LISTING_SETTINGS);
  return rowSchema.parse(row);
}

const tagIdsSchema = z.array(z.object({ id: z.number() }));

/**
 * The ids of the tags the slugs name, or null when one names none (nothing
 * then carries them all). Looked up first so the listing statement holds them
 * as values: the planner then knows from its statistics how many tools carry
 * them, and walks the listing index for a common tag rather than sorting
 * every carrier.
 */
export async function tagIds(slugs: readonly string[]): Promise<number[] | null> {
  if (slugs.length === 0) return [];
  const rows = tagIdsSchema.parse(await runSearchStatement(Prisma.sql`SELECT id FROM capability_tag WHERE slug = ANY(${[...slugs]}::text[])`));
  return rows.length === slugs.length ? rows.map((row) => row.id) : null;
}

type Facets = { kind: Prisma.Sql; pricing: Prisma.Sql; free: Prisma.Sql };

function facetFilters(query: SearchQuery): Facets {
  return {
    kind: query.kind ? Prisma.sql`kind = ${query.kind}` : TRUE,
    pricing: query.pricing ? Prisma.sql`pricing = ${query.pricing}` : TRUE,
    free: query.free ? Prisma.sql`free_tier = ${query.free === "yes"}` : TRUE,
  };
}

const isFiltered = (query: SearchQuery) => Boolean(query.kind || query.pricing || query.free);

/**
 * The facet counts over `best` (the best FACETED_RESULTS results before the
 * kind, pricing and free-tier filters), each facet counted with the other
 * two applied, so unselected ones add up; tags over those passing all three
 * (unnest in the select list: as a lateral function it filled a tuple store
 * per result, and was most of the counting).
 */
function facetCounts({ kind, pricing, free }: Facets): Prisma.Sql {
  return Prisma.sql`
      ${countsJson("kind", and(pricing, free))} AS kinds,
      ${countsJson("pricing", and(kind, free))} AS pricing,
      ${countsJson("free", and(kind, pricing))} AS free,
      (SELECT coalesce(json_agg(json_build_object('slug', slug, 'name', name, 'count', n) ORDER BY n DESC, name), '[]'::json)
       FROM (
         SELECT tag.slug, tag.name, tagged.n
         FROM (SELECT tag_id, count(*)::int AS n FROM (SELECT unnest(tag_ids) AS tag_id FROM best WHERE ${and(kind, pricing, free)}) carried GROUP BY tag_id) tagged
         JOIN capability_tag tag ON tag.id = tagged.tag_id
       ) counted) AS tags`;
}

/** What `best` and the page carry of each result. */
const RESULT_COLUMNS = (row: string) =>
  Prisma.raw(`${row}.tool_id AS id, ${row}.slug, ${row}.name, ${row}.rank, ${row}.provisional, ${row}.tag_ids, ${row}.kind, ${row}.pricing, ${row}.free_tier, ${row}.gone, ${row}.start_amount,
             CASE WHEN ${row}.free_tier THEN 'yes' ELSE 'no' END AS free`);

/**
 * The one statement behind every search with words or a match graph
 * (exported so a test can EXPLAIN it). The candidates are read once; the
 * page is the top of those passing every filter, the totals are counted over
 * all of them, and the facets over the best FACETED_RESULTS (facetCounts).
 */
export function resultSetStatement(candidates: Prisma.Sql, query: SearchQuery, pageSize: number, price: PriceOrder | null = null): Prisma.Sql {
  const facets = facetFilters(query);
  const all = and(facets.kind, facets.pricing, facets.free);
  const order = ordering(price);
  const offset = (query.page - 1) * pageSize;
  // Unfiltered, the page is the top of the best results, already in order.
  const pageSource = !isFiltered(query) && offset + pageSize <= FACETED_RESULTS ? Prisma.sql`best` : Prisma.sql`base`;
  return Prisma.sql`
    WITH base AS MATERIALIZED (
      SELECT ${RESULT_COLUMNS("c")}, c.relevance, c.by_name, c.cut_off
      FROM (${candidates}) c
      WHERE c.published AND ${tagFilter(query.tag)} AND ${priceFilter(price)}
    ),
    best AS MATERIALIZED (SELECT * FROM base ORDER BY ${order} LIMIT ${FACETED_RESULTS})
    SELECT counted.total, counted.more, counted.unfaceted,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'relevance', relevance) ORDER BY ${order}), '[]'::json)
       FROM (SELECT * FROM ${pageSource} WHERE ${all} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}) paged) AS page,
      ${facetCounts(facets)}
    FROM (SELECT count(*) FILTER (WHERE ${all})::int AS total, count(*)::int AS unfaceted, coalesce(bool_or(cut_off), false) AS more FROM base) counted`;
}

/**
 * The statement behind a listing without words to match (exported so a test
 * can EXPLAIN it): published tools passing the filters in the search order
 * without relevance, or by starting price within one category and unit. The
 * page, the best FACETED_RESULTS and the counts (up to LISTED_COUNTED) each
 * read the listing index (tool_search_listing_idx, or
 * tool_search_price_listing_idx) in order and stop early: nothing here
 * grows with the catalogue.
 */
export function listingStatement(query: SearchQuery, pageSize: number, price: PriceOrder | null, tags: number[] | null): Prisma.Sql {
  const facets = facetFilters(query);
  const all = and(facets.kind, facets.pricing, facets.free);
  const order = price
    ? Prisma.sql`s.gone, s.start_amount, s.provisional, s.rank DESC NULLS LAST, s.name, s.slug`
    : Prisma.sql`s.gone, s.provisional, s.rank DESC NULLS LAST, s.name, s.slug`;
  const carriesTags = tags === null ? Prisma.sql`FALSE` : tags.length ? Prisma.sql`s.tag_ids @> ${tags}::int[]` : TRUE;
  const listed = Prisma.sql`tool_search s WHERE s.published AND ${carriesTags} AND ${priceFilter(price, "s")}`;
  const countedUpTo = (where: Prisma.Sql) => Prisma.sql`(SELECT count(*)::int FROM (SELECT FROM ${listed} AND ${where} LIMIT ${LISTED_COUNTED + 1}) counted)`;
  return Prisma.sql`
    WITH best AS MATERIALIZED (SELECT ${RESULT_COLUMNS("s")} FROM ${listed} ORDER BY ${order} LIMIT ${FACETED_RESULTS}),
    counted AS (SELECT ${countedUpTo(all)} AS total, ${countedUpTo(TRUE)} AS unfaceted)
    SELECT least(counted.total, ${LISTED_COUNTED}) AS total, counted.total > ${LISTED_COUNTED} AS more, least(counted.unfaceted, ${LISTED_COUNTED}) AS unfaceted,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'relevance', 0)), '[]'::json)
       FROM (SELECT s.tool_id AS id FROM ${listed} AND ${all} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(query.page - 1) * pageSize}) paged) AS page,
      ${facetCounts(facets)}
    FROM counted`;
}
