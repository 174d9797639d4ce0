import { Prisma } from "@/lib/generated/prisma/client";
import { summarySelect, toSummary } from "@/lib/catalog/queries";
import type { ToolSummary } from "@/lib/catalog/types";
import { db } from "@/lib/db/client";
import { SEARCH_PAGE_SIZE, searchQuerySchema, type SearchQuery } from "@/lib/schemas/search";
import { graphCandidates, graphTextCandidates, textCandidates } from "./candidates";
import { buildFacets } from "./facets";
import { loadHits } from "./hits";
import { interpretQuery, resolvePriceOrder } from "./interpret";
import { queryListing, queryResultSet } from "./result-set";
import { commonElements } from "./statistics";
import { suggestNames } from "./suggest";
import { parseSearchText, type TextSearch } from "./terms";
import type { SearchMode, SearchResults } from "./types";

export type * from "./types";

type Origins = { ids: number[]; tools: ToolSummary[]; unknown: string[] };

/** The published tools a `like`/`from` search starts from, in the order given, and the slugs that name none. */
async function findOrigins(slugs: readonly string[]): Promise<Origins> {
  if (slugs.length === 0) return { ids: [], tools: [], unknown: [] };
  const rows = await db().tool.findMany({
    where: { slug: { in: [...slugs] }, published: true },
    select: { id: true, ...summarySelect },
  });
  const origins: Origins = { ids: [], tools: [], unknown: [] };
  for (const slug of slugs) {
    const row = rows.find((candidate) => candidate.slug === slug);
    if (!row) {
      origins.unknown.push(slug);
      continue;
    }
    const { id, ...summary } = row;
    origins.ids.push(id);
    origins.tools.push(toSummary(summary));
  }
  return origins;
}

const NOTHING = Prisma.sql`SELECT s.*, 0::float8 AS relevance, false AS by_name, false AS cut_off FROM tool_search s WHERE FALSE`;

async function candidatesFor(mode: SearchMode, text: TextSearch | null, originIds: number[]): Promise<Prisma.Sql> {
  if (mode === "text") return text ? textCandidates(text, await commonElements()) : NOTHING;
  if (originIds.length === 0) return NOTHING;
  return text ? graphTextCandidates(originIds, text, await commonElements()) : graphCandidates(originIds);
}

/**
 * Searches the catalogue: by free text over names, vendors, summaries,
 * capabilities and capability tags (full-text plus trigram similarity), by
 * the match graph around one tool (`like`) or several (`from`, optionally
 * narrowed by text), or by filters alone; then narrows by facets and pages.
 * Never throws for a query the schema accepts: nonsense finds nothing.
 */
export async function searchTools(input: SearchQuery, pageSize = SEARCH_PAGE_SIZE): Promise<SearchResults> {
  const { query, readAs } = await interpretQuery(searchQuerySchema.parse(input));
  const originSlugs = query.like ? [query.like] : (query.from ?? []);
  const mode: SearchMode = query.like ? "like" : query.from ? "from" : query.q ? "text" : "browse";
  const text = parseSearchText(query.q);
  const [origins, price] = await Promise.all([findOrigins(originSlugs), resolvePriceOrder(query)]);
  // A price order compares every tool of the category the words name, matched or not.
  const listing = mode === "browse" || (price !== null && mode === "text");
  const set = listing
    ? await queryListing(query, pageSize, price)
    : await queryResultSet(await candidatesFor(mode, text, origins.ids), query, pageSize, price, Boolean(text));
  const [hits, suggestions, cheaperThan] = await Promise.all([
    loadHits(set.page, text, origins.ids),
    set.total === 0 && text ? suggestNames(text) : Promise.resolve([]),
    price && query.cheaper ? findOrigins([query.cheaper]) : Promise.resolve(null),
  ]);
  return {
    query,
    typed: input.q,
    readAs,
    priceOrder: price && { category: price.category, unit: price.unit, cheaperThan: cheaperThan?.tools[0] ?? null },
    mode,
    total: set.total,
    moreThanTotal: set.more,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(set.total / pageSize)),
    pageSize,
    hits,
    facets: buildFacets(set, query),
    origins: origins.tools,
    unknownSlugs: origins.unknown,
    suggestions,
  };
}

/** A tool's alternatives, strongest link first: `/search?like=<slug>`. */
export async function findAlternatives(slug: string, page = 1, pageSize = SEARCH_PAGE_SIZE): Promise<SearchResults> {
  return searchTools(searchQuerySchema.parse({ like: slug, page }), pageSize);
}
