import { PRICING_MODEL_LABELS, PRICING_MODELS, TOOL_KIND_LABELS, TOOL_KINDS } from "@/lib/schemas/enums";
import type { SearchQuery } from "@/lib/schemas/search";
import type { ResultSet } from "./result-set";
import type { FacetValue, SearchFacets } from "./types";

export const FREE_TIER_LABELS = { yes: "Has a free tier", no: "No free tier" } as const;

/** Values in their natural order, each with its count; empty ones left out unless selected. */
function enumFacet<V extends string>(values: readonly V[], labels: Record<V, string>, counts: ResultSet["kinds"], selected: V | undefined): FacetValue<V>[] {
  const byValue = new Map(counts.map((entry) => [entry.value, entry.count]));
  return values
    .map((value) => ({ value, label: labels[value], count: byValue.get(value) ?? 0, selected: value === selected }))
    .filter((facet) => facet.count > 0 || facet.selected);
}

export function buildFacets(set: ResultSet, query: SearchQuery): SearchFacets {
  const tags: FacetValue[] = set.tags.map((tag) => ({ value: tag.slug, label: tag.name, count: tag.count, selected: query.tag.includes(tag.slug) }));
  // A selected tag no result carries (an unknown slug, say) stays listed so it can be removed.
  for (const slug of query.tag) if (!tags.some((tag) => tag.value === slug)) tags.push({ value: slug, label: slug, count: 0, selected: true });
  return {
    kind: enumFacet(TOOL_KINDS, TOOL_KIND_LABELS, set.kinds, query.kind),
    pricing: enumFacet(PRICING_MODELS, PRICING_MODEL_LABELS, set.pricing, query.pricing),
    free: enumFacet(["yes", "no"] as const, FREE_TIER_LABELS, set.free, query.free),
    tags,
  };
}
