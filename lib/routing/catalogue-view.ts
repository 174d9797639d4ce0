import { catalogueHref, lenientCatalogueQuery, type CatalogueQuery } from "@/lib/schemas/catalogue-query";

/** The internal route that renders /tools, one cached page per canonical filter state. */
export const CATALOGUE_VIEW_ROUTE = "/catalogue";
const ALL = "all";

/**
 * The segment of the internal catalogue route for /tools?…: the canonical
 * query string (invalid parameters dropped, defaults left out), so every
 * filter state has one cached page however its URL was spelled.
 */
export function catalogueViewSegment(search: URLSearchParams): string {
  const query = lenientCatalogueQuery(Object.fromEntries(search));
  const canonical = catalogueHref(query).split("?")[1];
  return canonical ? encodeURIComponent(canonical) : ALL;
}

export function catalogueViewPath(search: URLSearchParams): string {
  return `${CATALOGUE_VIEW_ROUTE}/${catalogueViewSegment(search)}`;
}

/** The filter state a catalogue segment stands for. */
export function catalogueQueryOfSegment(segment: string): CatalogueQuery {
  if (segment === ALL) return lenientCatalogueQuery({});
  let decoded = "";
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // an undecodable segment is the unfiltered catalogue
  }
  return lenientCatalogueQuery(Object.fromEntries(new URLSearchParams(decoded)));
}
