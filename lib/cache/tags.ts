/** Cache tag names, in one place: reads tag themselves with these, writes invalidate exactly these. */
export const CACHE_TAGS = {
  /** Anything that lists many tools: catalogue, home page, sitemap, search. */
  catalogue: "catalogue",
  /** One tool's profile, and every comparison it appears in. */
  tool: (slug: string) => `tool:${slug}`,
  /** The capability tag vocabulary. */
  tags: "capability-tags",
  /** Times-matched counts, which change on every comparison view. */
  matchCounts: "match-counts",
} as const;

/** Every tag a change to one tool touches: its own pages and comparisons, and the lists it appears in. */
export function tagsForToolChange(slug: string): string[] {
  return [CACHE_TAGS.tool(slug), CACHE_TAGS.catalogue];
}
