import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { isBuildPhase } from "@/lib/env";
import type { CatalogueQuery } from "@/lib/schemas/catalogue-query";
import { loadNeighbourhood } from "@/lib/graph/neighbourhood";
import { alternativesFor } from "@/lib/matching/alternatives";
import { readMatchCounts } from "@/lib/matching/counts";
import { today } from "@/lib/dates";
import * as queries from "./queries";

// Cached reads for pages. Each is tagged with exactly what it shows, so a
// write invalidates the tags it touches and the next request sees the change.
// Lifetimes are the profiles in next.config.ts: "catalogue" refreshes hourly
// (only writes made outside any server, by scripts, need that) and "counts"
// every 5 minutes; both keep entries a week, so cached pages outlive a
// database outage.

export async function getTool(slug: string) {
  "use cache";
  cacheLife("catalogue");
  cacheTag(CACHE_TAGS.tool(slug));
  return queries.getToolDetail(slug);
}

export async function getToolScoreHistory(slug: string) {
  "use cache";
  cacheLife("catalogue");
  cacheTag(CACHE_TAGS.tool(slug));
  return queries.getScoreHistory(slug);
}

/** "#4 of 120 models": it moves when any tool of the kind is rescored, so it follows the catalogue tag. */
export async function getToolKindStanding(slug: string) {
  "use cache";
  cacheLife("catalogue");
  cacheTag(CACHE_TAGS.catalogue, CACHE_TAGS.tool(slug));
  return queries.getKindStanding(slug);
}

export async function getToolNeighbours(slug: string, limit = 6) {
  "use cache";
  cacheLife("catalogue");
  cacheTag(CACHE_TAGS.catalogue, CACHE_TAGS.tool(slug));
  return alternativesFor(slug, limit);
}

export async function getCataloguePage(query: CatalogueQuery) {
  "use cache";
  cacheLife("catalogue");
  cacheTag(CACHE_TAGS.catalogue);
  return queries.listTools(query);
}

export async function getTopTools(limit: number) {
  "use cache";
  cacheLife("catalogue");
  cacheTag(CACHE_TAGS.catalogue);
  if (isBuildPhase()) return [];
  return queries.getTopTools(limit);
}

/** Which of these slugs name a published tool: a look-up, not the whole list (10,000 slugs decoded from the cache per call). */
export async function getExistingSlugs(slugs: readonly string[]) {
  "use cache";
  cacheLife("catalogue");
  cacheTag(CACHE_TAGS.catalogue);
  return queries.findExistingSlugs(slugs);
}

export async function getPublishedSlugs() {
  "use cache";
  cacheLife("catalogue");
  cacheTag(CACHE_TAGS.catalogue);
  return queries.listPublishedSlugs();
}

/** How many tools /capabilities lists under each tag; the rest are a search away. */
export const TOOLS_PER_TAG = 12;

export async function getCapabilityTags() {
  "use cache";
  cacheLife("catalogue");
  cacheTag(CACHE_TAGS.tags, CACHE_TAGS.catalogue);
  if (isBuildPhase()) return [];
  return queries.listTagsWithTools(TOOLS_PER_TAG);
}

/**
 * Comparisons worth opening: the widest read first (addresses a day, so one
 * client cannot move it), then, while views are few, each top tool paired with
 * its closest neighbour in the match graph. Refreshed every 5 minutes.
 */
export async function getComparisonsWorthOpening(limit: number) {
  "use cache";
  cacheLife("counts");
  cacheTag(CACHE_TAGS.catalogue, CACHE_TAGS.matchCounts);
  if (isBuildPhase()) return [];
  const viewed = await queries.getMostViewedComparisons(limit);
  const seen = new Set(viewed.map((link) => link.slugs.join(",")));
  const result = [...viewed];
  for (const tool of await queries.getTopTools(limit * 2)) {
    if (result.length >= limit) break;
    const [neighbour] = await alternativesFor(tool.slug, 1);
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
 * Times matched, kept apart from the tool's cache because views change it.
 * The "counts" profile refreshes it every 5 minutes, and with it the pages
 * that show it: a count on a page is at most 5 minutes old on the server (plus
 * the 2 minutes a shared cache may add), and the database sees one read per
 * page per 5 minutes however many views arrive.
 */
export async function getMatchCounts(slugs: readonly string[]) {
  "use cache";
  cacheLife("counts");
  cacheTag(CACHE_TAGS.matchCounts);
  return readMatchCounts(slugs);
}

export async function getToolNeighbourhood(slug: string) {
  "use cache";
  cacheLife("catalogue");
  cacheTag(CACHE_TAGS.catalogue, CACHE_TAGS.tool(slug));
  return loadNeighbourhood(slug);
}

/** Today's date for pages (stale-price notices, charts): cached like the data it is compared with. */
export async function getToday() {
  "use cache";
  cacheLife("catalogue");
  return today();
}
