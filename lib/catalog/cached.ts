import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import type { CatalogueQuery } from "@/lib/schemas/catalogue-query";
import { loadNeighbourhood } from "@/lib/graph/neighbourhood";
import { readMatchCounts } from "@/lib/matching/counts";
import { today } from "@/lib/dates";
import * as queries from "./queries";

// Cached reads for pages. Each is tagged with exactly what it shows, so a
// write invalidates the tags it touches and the next request sees the change.
// The time-based lifetime only bounds staleness for writes made outside the
// server process (scripts), which cannot reach this in-memory cache.

export async function getTool(slug: string) {
  "use cache";
  cacheLife("hours");
  cacheTag(CACHE_TAGS.tool(slug));
  return queries.getToolDetail(slug);
}

export async function getToolScoreHistory(slug: string) {
  "use cache";
  cacheLife("hours");
  cacheTag(CACHE_TAGS.tool(slug));
  return queries.getScoreHistory(slug);
}

export async function getToolNeighbours(slug: string, limit = 6) {
  "use cache";
  cacheLife("hours");
  cacheTag(CACHE_TAGS.catalogue, CACHE_TAGS.tool(slug));
  return queries.getNeighbours(slug, limit);
}

export async function getCataloguePage(query: CatalogueQuery) {
  "use cache";
  cacheLife("hours");
  cacheTag(CACHE_TAGS.catalogue);
  return queries.listTools(query);
}

export async function getTopTools(limit: number) {
  "use cache";
  cacheLife("hours");
  cacheTag(CACHE_TAGS.catalogue);
  return queries.getTopTools(limit);
}

export async function getPublishedSlugs() {
  "use cache";
  cacheLife("hours");
  cacheTag(CACHE_TAGS.catalogue);
  return queries.listPublishedSlugs();
}

export async function getCapabilityTags() {
  "use cache";
  cacheLife("hours");
  cacheTag(CACHE_TAGS.tags, CACHE_TAGS.catalogue);
  return queries.listTagsWithTools();
}

/**
 * Comparisons worth opening: the most viewed first, then, while views are few,
 * each top tool paired with its closest neighbour in the match graph.
 */
export async function getComparisonsWorthOpening(limit: number) {
  "use cache";
  cacheLife("minutes");
  cacheTag(CACHE_TAGS.catalogue);
  const viewed = await queries.getMostViewedComparisons(limit);
  const seen = new Set(viewed.map((link) => link.slugs.join(",")));
  const result = [...viewed];
  for (const tool of await queries.getTopTools(limit * 2)) {
    if (result.length >= limit) break;
    const [neighbour] = await queries.getNeighbours(tool.slug, 1);
    if (!neighbour) continue;
    const slugs = [tool.slug, neighbour.slug].sort();
    if (seen.has(slugs.join(","))) continue;
    seen.add(slugs.join(","));
    const names = slugs.map((slug) => (slug === tool.slug ? tool.name : neighbour.name));
    result.push({ slugs, names, views: 0 });
  }
  return result;
}

/**
 * Times matched, kept apart from the tool's hour-long cache because every
 * comparison view changes it. Refreshed in the background at most once a
 * second and dropped after a minute: pages show a count about a second old
 * under steady traffic (a minute at most), and the database sees at most one
 * read a second per set of slugs however many views arrive.
 */
export async function getMatchCounts(slugs: readonly string[]) {
  "use cache";
  cacheLife("seconds");
  cacheTag(CACHE_TAGS.matchCounts);
  return readMatchCounts(slugs);
}

export async function getToolNeighbourhood(slug: string) {
  "use cache";
  cacheLife("hours");
  cacheTag(CACHE_TAGS.catalogue, CACHE_TAGS.tool(slug));
  return loadNeighbourhood(slug);
}

/** Today's date for pages (stale-price notices, charts): cached like the data it is compared with. */
export async function getToday() {
  "use cache";
  cacheLife("hours");
  return today();
}
