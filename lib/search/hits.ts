import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { categoryFromRow, lifecycleStatusSchema, priceUnitSchema, pricingModelSchema, toolKindSchema } from "@/lib/schemas/enums";
import { TRIGRAM_THRESHOLD, tsqueryOf } from "./candidates";
import { runSearchStatement, type StatementSettings } from "./statement";
import { HEADLINE_EXCERPT, HEADLINE_WHOLE, plainParts, splitMarked } from "./highlight";
import type { TextSearch } from "./terms";
import type { MatchedCapability, SearchHit } from "./types";

/** A page's details are read by key: planned once per connection, sequential scans allowed (the tag vocabulary is a few dozen rows). */
export const HITS_SETTINGS: StatementSettings = { matchesText: false };

/** Capabilities shown per result to explain the match. */
export const SHOWN_CAPABILITIES = 2;

const toolRowSchema = z.object({
  id: z.number(),
  slug: z.string(),
  name: z.string(),
  kind: toolKindSchema,
  category: z.string(),
  status: lifecycleStatusSchema,
  statusDate: z.string().nullable(),
  vendor: z.string(),
  summary: z.string(),
  pricingModel: pricingModelSchema,
  freeTier: z.boolean(),
  rank: z.number().nullable(),
  provisional: z.boolean(),
  lastVerifiedAt: z.string(),
  price: z.object({ amount: z.string(), currency: z.string(), unit: priceUnitSchema }).nullable(),
  nameMarked: z.string().nullable(),
  summaryMarked: z.string().nullable(),
  nameSimilarity: z.number().nullable(),
  vendorSimilarity: z.number().nullable(),
});

const capabilityRowSchema = z.object({
  id: z.number(),
  toolId: z.number(),
  matchedCount: z.number(),
  title: z.string(),
  excerpt: z.string(),
  tags: z.array(z.object({ slug: z.string(), name: z.string(), matched: z.boolean() })),
});

/**
 * The query's tsquery, made once (a function in FROM): as an expression in a
 * statement planned once for any words, it would be made again for every row.
 */
const queryOf = (text: TextSearch | null) => (text ? Prisma.sql`${tsqueryOf(text)} AS query(tsq)` : Prisma.sql`(SELECT NULL::tsquery) AS query(tsq)`);

/** Each tool's card: its row, starting price, marked name and summary, and how much its name and vendor resemble the words. */
function toolsStatement(ids: number[], text: TextSearch | null): Prisma.Sql {
  const phrase = text ? Prisma.sql`${text.phrase}::text` : Prisma.sql`NULL::text`;
  return Prisma.sql`
    SELECT t.id, t.slug, t.name, t.kind::text AS kind, t.category::text AS category, t.status::text AS status,
           to_char(t.status_date, 'YYYY-MM-DD') AS "statusDate",
           t.vendor, t.summary, t.pricing_model::text AS "pricingModel",
           t.free_tier AS "freeTier", t.rank, t.provisional, to_char(t.last_verified_at, 'YYYY-MM-DD') AS "lastVerifiedAt",
           (SELECT json_build_object('amount', p.amount::text, 'currency', p.currency, 'unit', p.unit::text)
            FROM price_point p WHERE p.tool_id = t.id AND p.is_starting AND p.valid_to IS NULL ORDER BY p.position LIMIT 1) AS price,
           ts_headline('english', t.name, query.tsq, ${HEADLINE_WHOLE}) AS "nameMarked",
           ts_headline('english', t.summary, query.tsq, ${HEADLINE_WHOLE}) AS "summaryMarked",
           word_similarity(${phrase}, t.name)::float8 AS "nameSimilarity",
           word_similarity(${phrase}, t.vendor)::float8 AS "vendorSimilarity"
    FROM tool t CROSS JOIN ${queryOf(text)} WHERE t.id = ANY(${ids}::int[])`;
}

/**
 * The text a capability's excerpt is cut from: the first of its description
 * (weight B in its search vector), what sets it apart (C) and how it compares
 * (D) that matches, else its description. Headlining parses the whole text it
 * is given, and the three together are most of a search's time spent
 * highlighting.
 */
const excerptSource = Prisma.sql`CASE
  WHEN ts_filter(m.search_vector, '{c}') @@ query.tsq AND NOT ts_filter(m.search_vector, '{b}') @@ query.tsq THEN m."unique"
  WHEN ts_filter(m.search_vector, '{d}') @@ query.tsq AND NOT ts_filter(m.search_vector, '{b,c}') @@ query.tsq THEN m.vs_alternatives
  ELSE m.description END`;

/**
 * The best matching capabilities of each tool (`place` 1 and 2), by their
 * text or by a matching tag, with headlines. The matching tags are found
 * first (a few of a few dozen), so each capability's taggings are checked by
 * key against them.
 */
function matchedCapabilitiesStatement(ids: number[], text: TextSearch): Prisma.Sql {
  return Prisma.sql`
    WITH query AS MATERIALIZED (SELECT query.tsq, ARRAY(SELECT tag.id FROM capability_tag tag WHERE tag.search_vector @@ query.tsq) AS tag_ids FROM ${queryOf(text)}),
    matched AS (
      SELECT c.id, c.tool_id, c.title, c.description, c."unique", c.vs_alternatives, c.search_vector,
             row_number() OVER (PARTITION BY c.tool_id ORDER BY ts_rank(c.search_vector, query.tsq, 1) DESC, c.position) AS n,
             count(*) OVER (PARTITION BY c.tool_id)::int AS matched_count
      FROM capability c CROSS JOIN query
      WHERE c.tool_id = ANY(${ids}::int[]) AND (c.search_vector @@ query.tsq OR EXISTS (
        SELECT FROM capability_tagging ct WHERE ct.capability_id = c.id AND ct.tag_id = ANY(query.tag_ids)))
    )
    SELECT m.id, m.tool_id AS "toolId", m.n AS place, m.matched_count AS "matchedCount",
           ts_headline('english', m.title, query.tsq, ${HEADLINE_WHOLE}) AS title,
           ts_headline('english', ${excerptSource}, query.tsq, ${HEADLINE_EXCERPT}) AS excerpt,
           (SELECT coalesce(json_agg(json_build_object('slug', tag.slug, 'name', tag.name, 'matched', tag.id = ANY(query.tag_ids)) ORDER BY tag.name), '[]'::json)
            FROM capability_tagging ct JOIN capability_tag tag ON tag.id = ct.tag_id WHERE ct.capability_id = m.id) AS tags
    FROM matched m CROSS JOIN query WHERE m.n <= ${SHOWN_CAPABILITIES}`;
}

/** The capability tags each tool shares with the origin tools of a graph search, by name. */
function sharedTagsStatement(ids: number[], originIds: number[]): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT c.tool_id AS "toolId", tag.slug, tag.name
    FROM capability c
    JOIN capability_tagging ct ON ct.capability_id = c.id
    JOIN capability_tag tag ON tag.id = ct.tag_id
    WHERE c.tool_id = ANY(${ids}::int[])
      AND ct.tag_id IN (SELECT unnest(tag_ids) FROM tool_search WHERE tool_id = ANY(${originIds}::int[]))`;
}

/** The stored reason of each origin's link to each of these tools, with the origin's place in the order given. */
function reasonsStatement(ids: number[], originIds: number[]): Prisma.Sql {
  return Prisma.sql`
    SELECT n.neighbour_id AS "toolId", o.name AS origin, n.reason, array_position(${originIds}::int[], n.tool_id) AS place
    FROM tool_neighbour n JOIN tool o ON o.id = n.tool_id
    WHERE n.tool_id = ANY(${originIds}::int[]) AND n.neighbour_id = ANY(${ids}::int[])`;
}

const NONE = Prisma.sql`'[]'::json`;
const jsonRows = (rows: Prisma.Sql, order: string) =>
  Prisma.sql`(SELECT coalesce(json_agg(row ORDER BY ${Prisma.raw(order)}), '[]'::json) FROM (${rows}) row)`;

/**
 * Everything a page of results shows besides its order, in one statement
 * (exported so a test can EXPLAIN it): the tools' cards, for a text search
 * their best matching capabilities, for a graph search the tags they share
 * with the origins and the links' reasons. One statement, so a search runs
 * its statements in turn on one connection, which has them prepared: as up
 * to four statements in parallel, each took a connection of its own, which
 * planned the search's statements again on first use.
 */
export function pageDetailsStatement(ids: number[], text: TextSearch | null, originIds: number[]): Prisma.Sql {
  const graph = originIds.length > 0;
  return Prisma.sql`
    SELECT ${jsonRows(toolsStatement(ids, text), "row.id")} AS tools,
           ${text ? jsonRows(matchedCapabilitiesStatement(ids, text), 'row."toolId", row.place') : NONE} AS capabilities,
           ${graph ? jsonRows(sharedTagsStatement(ids, originIds), 'row.name, row."toolId"') : NONE} AS "sharedTags",
           ${graph ? jsonRows(reasonsStatement(ids, originIds), 'row.place, row."toolId"') : NONE} AS reasons`;
}

const detailsSchema = z.object({
  tools: z.array(toolRowSchema),
  capabilities: z.array(capabilityRowSchema),
  sharedTags: z.array(z.object({ toolId: z.number(), slug: z.string(), name: z.string() })),
  reasons: z.array(z.object({ toolId: z.number(), origin: z.string(), reason: z.string() })),
});

/** Groups rows by their tool, keeping their order. */
function byTool<Row extends { toolId: number }>(rows: Row[]): Map<number, Row[]> {
  const grouped = new Map<number, Row[]>();
  for (const row of rows) {
    const group = grouped.get(row.toolId);
    if (group) group.push(row);
    else grouped.set(row.toolId, [row]);
  }
  return grouped;
}

/** Everything a result shows, for one page of ranked ids (kept in their order). */
export async function loadHits(page: { id: number; relevance: number }[], text: TextSearch | null, originIds: number[]): Promise<SearchHit[]> {
  const ids = page.map((entry) => entry.id);
  if (ids.length === 0) return [];
  const [row] = await runSearchStatement(pageDetailsStatement(ids, text, originIds), HITS_SETTINGS);
  const details = detailsSchema.parse(row);
  const byId = new Map(details.tools.map((tool) => [tool.id, tool]));
  const capabilities = byTool(details.capabilities);
  const shared = byTool(details.sharedTags);
  const reasons = byTool(details.reasons);
  return page.flatMap(({ id, relevance }): SearchHit[] => {
    const tool = byId.get(id);
    if (!tool) return [];
    const mine = capabilities.get(id) ?? [];
    const matchedCapabilities: MatchedCapability[] = mine.map((capability) => ({
      id: capability.id,
      title: splitMarked(capability.title),
      excerpt: splitMarked(capability.excerpt),
      tags: capability.tags,
    }));
    const nameParts = tool.nameMarked ? splitMarked(tool.nameMarked) : plainParts(tool.name);
    const resembles = (similarity: number | null) => similarity !== null && similarity >= TRIGRAM_THRESHOLD;
    return [
      {
        slug: tool.slug,
        name: tool.name,
        kind: tool.kind,
        category: categoryFromRow(tool.category),
        status: tool.status,
        statusDate: tool.statusDate,
        vendor: tool.vendor,
        summary: tool.summary,
        pricingModel: tool.pricingModel,
        freeTier: tool.freeTier,
        rank: tool.rank,
        provisional: tool.provisional,
        lastVerifiedAt: tool.lastVerifiedAt,
        relevance,
        startingPrice: tool.price,
        nameParts,
        summaryParts: tool.summaryMarked ? splitMarked(tool.summaryMarked) : plainParts(tool.summary),
        resembles: nameParts.some((part) => part.hit) ? null : resembles(tool.nameSimilarity) ? "name" : resembles(tool.vendorSimilarity) ? "vendor" : null,
        matchedCapabilities,
        matchedCapabilityCount: mine[0]?.matchedCount ?? 0,
        sharedTags: (shared.get(id) ?? []).map(({ slug, name }) => ({ slug, name })),
        reasons: (reasons.get(id) ?? []).map(({ origin, reason }) => ({ origin, reason })),
      },
    ];
  });
}
