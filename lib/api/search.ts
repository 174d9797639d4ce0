import { toolPath } from "@/lib/compare-url";
import type { ApiSearchQuery } from "@/lib/schemas/api";
import type { ApiSearchResponse } from "@/lib/schemas/api-search-response";
import { searchQuerySchema } from "@/lib/schemas/search";
import { getSearchResults } from "@/lib/search/cached";
import type { SearchResults } from "@/lib/search/search";
import { pageUrl, toolApiUrl } from "./present";

/** The API's parameters as the search's own query; fails on combinations the search refuses. */
export function toSearchQuery(query: ApiSearchQuery) {
  return searchQuerySchema.safeParse({ ...query, tag: query.tag ?? [], from: query.from?.join(",") });
}

const text = (parts: readonly { text: string }[]) => parts.map((part) => part.text).join("");

/** The search results in the API's stable shape. */
export function presentSearch(results: SearchResults): ApiSearchResponse {
  return {
    items: results.hits.map((hit) => ({
      slug: hit.slug,
      name: hit.name,
      kind: hit.kind,
      rank: hit.rank,
      provisional: hit.provisional,
      pricingModel: hit.pricingModel,
      freeTier: hit.freeTier,
      matchedCapabilities: [...hit.matchedCapabilities.map((capability) => text(capability.title)), ...hit.sharedTags.map((tag) => tag.name)],
      reasons: hit.reasons.map(({ reason }) => reason),
      url: pageUrl(toolPath(hit.slug)),
      apiUrl: toolApiUrl(hit.slug),
    })),
    total: results.total,
    page: results.page,
    pageSize: results.pageSize,
    pageCount: results.pageCount,
    facets: {
      kind: results.facets.kind.map(({ value, count }) => ({ value, count })),
      pricingModel: results.facets.pricing.map(({ value, count }) => ({ value, count })),
    },
  };
}

export async function searchForApi(query: Parameters<typeof getSearchResults>[0]): Promise<ApiSearchResponse> {
  return presentSearch(await getSearchResults(query));
}
