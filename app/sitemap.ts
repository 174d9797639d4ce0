import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getPublishedSlugs, getToolNeighbours } from "@/lib/catalog/cached";
import { comparisonPath, toolPath } from "@/lib/compare-url";
import { siteUrl } from "@/lib/env";

/** Tools, plus each tool's comparisons with its three closest tools. Read at request time: builds need no database. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const base = siteUrl();
  const tools = await getPublishedSlugs();
  const comparisons = new Set<string>();
  for (const { slug } of tools) {
    for (const neighbour of await getToolNeighbours(slug, 3)) comparisons.add(comparisonPath([slug, neighbour.slug]));
  }
  return [
    { url: `${base}/`, changeFrequency: "daily", priority: 1 },
    { url: `${base}/tools`, changeFrequency: "daily", priority: 0.8 },
    { url: `${base}/methodology`, changeFrequency: "monthly", priority: 0.3 },
    { url: `${base}/capabilities`, changeFrequency: "weekly", priority: 0.4 },
    ...tools.map(({ slug, updatedAt }) => ({ url: `${base}${toolPath(slug)}`, lastModified: updatedAt, priority: 0.7 })),
    ...[...comparisons].sort().map((path) => ({ url: `${base}${path}`, priority: 0.6 })),
  ];
}
