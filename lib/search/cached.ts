import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import type { SearchQuery } from "@/lib/schemas/search";
import { searchTools } from "./search";

/**
 * searchTools for pages, cached per parsed query. Any tool change expires the
 * catalogue tag, a change to the tag vocabulary the tags tag, so results
 * never outlive the data they come from.
 */
export async function getSearchResults(query: SearchQuery) {
  "use cache";
  cacheLife("hours");
  cacheTag(CACHE_TAGS.catalogue, CACHE_TAGS.tags);
  return searchTools(query);
}
