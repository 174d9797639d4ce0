import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { getPublishedSlugs } from "@/lib/catalog/cached";
import { comparisonPath, toolPath } from "@/lib/compare-url";
import { siteUrl } from "@/lib/env";
import { closestNeighbourPairs } from "@/lib/matching/alternatives";
import type { SitemapEntry } from "./sitemap";

/** Every URL worth indexing: the fixed pages, each tool, and each tool's comparisons with its three closest tools. */
export async function sitemapEntries(): Promise<SitemapEntry[]> {
  "use cache";
  cacheLife("catalogue");
  cacheTag(CACHE_TAGS.catalogue);
  const base = siteUrl();
  const [tools, pairs] = await Promise.all([getPublishedSlugs(), closestNeighbourPairs(3)]);
  const comparisons = new Set(pairs.map(({ tool, neighbour }) => comparisonPath([tool, neighbour])));
  return [
    { url: `${base}/`, changeFrequency: "daily", priority: 1 },
    { url: `${base}/tools`, changeFrequency: "daily", priority: 0.8 },
    { url: `${base}/methodology`, changeFrequency: "monthly", priority: 0.3 },
    { url: `${base}/capabilities`, changeFrequency: "weekly", priority: 0.4 },
    ...tools.map(({ slug, updatedAt }) => ({ url: `${base}${toolPath(slug)}`, lastModified: updatedAt, priority: 0.7 })),
    ...[...comparisons].sort().map((path) => ({ url: `${base}${path}`, priority: 0.6 })),
  ];
}
