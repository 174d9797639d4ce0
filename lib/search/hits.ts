import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TagRef } from "@/lib/catalog/types";
import { db } from "@/lib/db/client";
import { isoDate } from "@/lib/dates";
import { categoryFromRow, lifecycleStatusSchema, priceUnitSchema, pricingModelSchema, toolKindSchema } from "@/lib/schemas/enums";
import { TRIGRAM_THRESHOLD, tsqueryOf } from "./candidates";
import { HEADLINE_EXCERPT, HEADLINE_WHOLE, plainParts, splitMarked } from "./highlight";
import type { TextSearch } from "./terms";
import type { MatchedCapability, SearchHit } from "./types";

/** Capabilities shown per result to explain the match. */
export const SHOWN_CAPABILITIES = 2;

const toolRowSchema = z.object({
  id: z.number(),
  slug: z.string(),
  name: z.string(),
  kind: toolKindSchema,
  category: z.string(),
  status: lifecycleStatusSchema,
  statusDate: z.date().nullable(),
  vendor: z.string(),
  summary: z.string(),
  pricingModel: pricingModelSchema,
  freeTier: z.boolean(),
  rank: z.number().nullable(),
  provisional: z.boolean(),
  lastVerifiedAt: z.date(),
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

async function loadTools(ids: number[], text: TextSearch | null) {
  const tsq = text ? tsqueryOf(text) : Prisma.sql`NULL::tsquery`;
  const phrase = text ? Prisma.sql`${text.phrase}::text` : Prisma.sql`NULL::text`;
  const rows = await db().$queryRaw<unknown[]>`
    SELECT t.id, t.slug, t.name, t.kind::text AS kind, t.category::text AS category, t.status::text AS status, t.status_date AS "statusDate",
           t.vendor, t.summary, t.pricing_model::text AS "pricingModel",
           t.free_tier AS "freeTier", t.rank, t.provisional, t.last_verified_at AS "lastVerifiedAt",
           (SELECT json_build_object('amount', p.amount::text, 'currency', p.currency, 'unit', p.unit::text)
            FROM price_point p WHERE p.tool_id = t.id AND p.is_starting AND p.valid_to IS NULL ORDER BY p.position LIMIT 1) AS price,
           ts_headline('english', t.name, ${tsq}, ${HEADLINE_WHOLE}) AS "nameMarked",
           ts_headline('english', t.summary, ${tsq}, ${HEADLINE_WHOLE}) AS "summaryMarked",
           word_similarity(${phrase}, t.name)::float8 AS "nameSimilarity",
           word_similarity(${phrase}, t.vendor)::float8 AS "vendorSimilarity"
    FROM tool t WHERE t.id = ANY(${ids}::int[])`;
  return rows.map((row) => toolRowSchema.parse(row));
}

/** The best matching capabilities of each tool, by their text or by a matching tag, with headlines. */
async function loadMatchedCapabilities(ids: number[], text: TextSearch): Promise<z.infer<typeof capabilityRowSchema>[]> {
  const tsq = tsqueryOf(text);
  const rows = await db().$queryRaw<unknown[]>`
    WITH matched AS (
      SELECT c.id, c.tool_id, c.title, c.description || ' ' || c."unique" || ' ' || c.vs_alternatives AS body,
             row_number() OVER (PARTITION BY c.tool_id ORDER BY ts_rank(c.search_vector, ${tsq}, 1) DESC, c.position) AS n,
             count(*) OVER (PARTITION BY c.tool_id)::int AS matched_count
      FROM capability c
      WHERE c.tool_id = ANY(${ids}::int[]) AND (c.search_vector @@ ${tsq} OR EXISTS (
        SELECT 1 FROM capability_tagging ct JOIN capability_tag tag ON tag.id = ct.tag_id
        WHERE ct.capability_id = c.id AND tag.search_vector @@ ${tsq}))
    )
    SELECT m.id, m.tool_id AS "toolId", m.matched_count AS "matchedCount",
           ts_headline('english', m.title, ${tsq}, ${HEADLINE_WHOLE}) AS title,
           ts_headline('english', m.body, ${tsq}, ${HEADLINE_EXCERPT}) AS excerpt,
           (SELECT coalesce(json_agg(json_build_object('slug', tag.slug, 'name', tag.name, 'matched', tag.search_vector @@ ${tsq}) ORDER BY tag.name), '[]'::json)
            FROM capability_tagging ct JOIN capability_tag tag ON tag.id = ct.tag_id WHERE ct.capability_id = m.id) AS tags
    FROM matched m WHERE m.n <= ${SHOWN_CAPABILITIES} ORDER BY m.tool_id, m.n`;
  return rows.map((row) => capabilityRowSchema.parse(row));
}

/** The capability tags each tool shares with the origin tools of a graph search. */
async function loadSharedTags(ids: number[], originIds: number[]): Promise<Map<number, TagRef[]>> {
  const rows = await db().$queryRaw<{ tool_id: number; slug: string; name: string }[]>`
    SELECT DISTINCT c.tool_id, tag.slug, tag.name
    FROM capability c
    JOIN capability_tagging ct ON ct.capability_id = c.id
    JOIN capability_tag tag ON tag.id = ct.tag_id
    WHERE c.tool_id = ANY(${ids}::int[])
      AND ct.tag_id IN (SELECT unnest(tag_ids) FROM tool_search WHERE tool_id = ANY(${originIds}::int[]))
    ORDER BY tag.name`;
  const shared = new Map<number, TagRef[]>();
  for (const row of rows) shared.set(row.tool_id, [...(shared.get(row.tool_id) ?? []), { slug: row.slug, name: row.name }]);
  return shared;
}

/** The stored reason of each origin's link to each of these tools, origins in the order given. */
async function loadReasons(ids: number[], originIds: number[]): Promise<Map<number, { origin: string; reason: string }[]>> {
  const rows = await db().$queryRaw<{ tool_id: number; origin: string; reason: string }[]>`
    SELECT n.neighbour_id AS tool_id, o.name AS origin, n.reason FROM tool_neighbour n JOIN tool o ON o.id = n.tool_id
    WHERE n.tool_id = ANY(${originIds}::int[]) AND n.neighbour_id = ANY(${ids}::int[])
    ORDER BY array_position(${originIds}::int[], n.tool_id)`;
  const reasons = new Map<number, { origin: string; reason: string }[]>();
  for (const { tool_id, origin, reason } of rows) reasons.set(tool_id, [...(reasons.get(tool_id) ?? []), { origin, reason }]);
  return reasons;
}

/** Everything a result shows, for one page of ranked ids (kept in their order). */
export async function loadHits(page: { id: number; relevance: number }[], text: TextSearch | null, originIds: number[]): Promise<SearchHit[]> {
  const ids = page.map((entry) => entry.id);
  if (ids.length === 0) return [];
  const [tools, capabilities, shared, reasons] = await Promise.all([
    loadTools(ids, text),
    text ? loadMatchedCapabilities(ids, text) : Promise.resolve([]),
    originIds.length ? loadSharedTags(ids, originIds) : Promise.resolve(new Map<number, TagRef[]>()),
    originIds.length ? loadReasons(ids, originIds) : Promise.resolve(new Map<number, { origin: string; reason: string }[]>()),
  ]);
  const byId = new Map(tools.map((tool) => [tool.id, tool]));
  return page.flatMap(({ id, relevance }): SearchHit[] => {
    const tool = byId.get(id);
    if (!tool) return [];
    const mine = capabilities.filter((capability) => capability.toolId === id);
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
        statusDate: tool.statusDate && isoDate(tool.statusDate),
        vendor: tool.vendor,
        summary: tool.summary,
        pricingModel: tool.pricingModel,
        freeTier: tool.freeTier,
        rank: tool.rank,
        provisional: tool.provisional,
        lastVerifiedAt: isoDate(tool.lastVerifiedAt),
        relevance,
        startingPrice: tool.price,
        nameParts,
        summaryParts: tool.summaryMarked ? splitMarked(tool.summaryMarked) : plainParts(tool.summary),
        resembles: nameParts.some((part) => part.hit) ? null : resembles(tool.nameSimilarity) ? "name" : resembles(tool.vendorSimilarity) ? "vendor" : null,
        matchedCapabilities,
        matchedCapabilityCount: mine[0]?.matchedCount ?? 0,
        sharedTags: shared.get(id) ?? [],
        reasons: reasons.get(id) ?? [],
      },
    ];
  });
}
