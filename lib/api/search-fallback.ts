import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { getNeighbours } from "@/lib/catalog/queries";
import { db } from "@/lib/db/client";
import { SEARCH_PAGE_SIZE, type ApiSearchQuery } from "@/lib/schemas/api";
import type { ApiSearchResponse, ApiSearchResult } from "@/lib/schemas/api-search-response";
import { PRICING_MODELS, TOOL_KINDS, type PricingModel, type ToolKind } from "@/lib/schemas/enums";
import { pageUrl, toolApiUrl } from "./present";
import { toolPath } from "@/lib/compare-url";

// A deliberately simple search for the API: the phrase in names, vendors,
// summaries and capabilities (ILIKE), required tags, and closeness in the
// match graph for `like`/`from`. The full-text search in lib/search replaces it.

type Row = { slug: string; name: string; kind: ToolKind; rank: number; pricingModel: PricingModel; freeTier: boolean; matched: string[] };

const likePattern = (phrase: string) => `%${phrase.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

async function matchingTools(q: string | undefined, tags: readonly string[]): Promise<Row[]> {
  const pattern = q ? likePattern(q) : null;
  return db().$queryRaw<Row[]>`
    SELECT t.slug, t.name, t.kind::text AS kind, t.rank, t.pricing_model::text AS "pricingModel", t.free_tier AS "freeTier",
           COALESCE(array_agg(DISTINCT c.title) FILTER (WHERE c.title ILIKE ${pattern} OR c.description ILIKE ${pattern}), '{}') AS matched
    FROM tool t LEFT JOIN capability c ON c.tool_id = t.id
    WHERE t.published
      AND (cardinality(${tags}::text[]) = 0 OR cardinality(${tags}::text[]) = (
        SELECT count(DISTINCT tag.slug) FROM capability c2
        JOIN capability_tagging ct ON ct.capability_id = c2.id
        JOIN capability_tag tag ON tag.id = ct.tag_id
        WHERE c2.tool_id = t.id AND tag.slug = ANY(${tags}::text[])))
    GROUP BY t.id
    HAVING ${pattern}::text IS NULL OR t.name ILIKE ${pattern} OR t.vendor ILIKE ${pattern} OR t.summary ILIKE ${pattern}
        OR count(*) FILTER (WHERE c.title ILIKE ${pattern} OR c.description ILIKE ${pattern}) > 0`;
}

/** Tools close to all the given tools together: shared tags summed, the given tools left out. */
async function closeness(slugs: readonly string[]): Promise<Map<string, { weight: number; shared: string[] }> | null> {
  if (slugs.length === 0) return null;
  const result = new Map<string, { weight: number; shared: string[] }>();
  for (const neighbours of await Promise.all(slugs.map((slug) => getNeighbours(slug, 1000)))) {
    for (const neighbour of neighbours) {
      const entry = result.get(neighbour.slug) ?? { weight: 0, shared: [] };
      entry.weight += neighbour.weight;
      entry.shared = [...new Set([...entry.shared, ...neighbour.sharedTags.map((tag) => tag.name)])];
      result.set(neighbour.slug, entry);
    }
  }
  for (const slug of slugs) result.delete(slug);
  return result;
}

const facet = <T extends string>(values: readonly T[], rows: Row[], key: (row: Row) => T) =>
  values.map((value) => ({ value, count: rows.filter((row) => key(row) === value).length })).filter((entry) => entry.count > 0);

export async function searchCatalogue(query: ApiSearchQuery): Promise<ApiSearchResponse> {
  const [rows, close] = await Promise.all([matchingTools(query.q || undefined, query.tag ?? []), closeness([...(query.like ? [query.like] : []), ...(query.from ?? [])])]);
  const related = rows.filter((row) => (!close || close.has(row.slug)) && (!query.free || row.freeTier === (query.free === "yes")));
  const filtered = related.filter((row) => (!query.kind || row.kind === query.kind) && (!query.pricing || row.pricingModel === query.pricing));
  const weight = (row: Row) => close?.get(row.slug)?.weight ?? 0;
  filtered.sort((a, b) => weight(b) - weight(a) || b.rank - a.rank || a.name.localeCompare(b.name));
  const start = (query.page - 1) * SEARCH_PAGE_SIZE;
  const items = filtered.slice(start, start + SEARCH_PAGE_SIZE).map(
    (row): ApiSearchResult => ({
      slug: row.slug,
      name: row.name,
      kind: row.kind,
      rank: row.rank,
      pricingModel: row.pricingModel,
      freeTier: row.freeTier,
      matchedCapabilities: [...row.matched, ...(close?.get(row.slug)?.shared ?? [])],
      url: pageUrl(toolPath(row.slug)),
      apiUrl: toolApiUrl(row.slug),
    }),
  );
  return {
    items,
    total: filtered.length,
    page: query.page,
    pageSize: SEARCH_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(filtered.length / SEARCH_PAGE_SIZE)),
    facets: { kind: facet(TOOL_KINDS, related, (row) => row.kind), pricingModel: facet(PRICING_MODELS, related, (row) => row.pricingModel) },
  };
}

export async function getSearchResults(query: ApiSearchQuery) {
  "use cache";
  cacheLife("hours");
  cacheTag(CACHE_TAGS.catalogue);
  return searchCatalogue(query);
}
