/** Cache tag names, in one place: reads tag themselves with these, writes invalidate exactly these. */
export const CACHE_TAGS = {
  /** Anything that lists many tools: catalogue, home page, sitemap, search. */
  catalogue: "catalogue",
  /** One tool's profile, and every comparison it appears in. */
  tool: (slug: string) => `tool:${slug}`,
  /** The capability tag vocabulary. */
  tags: "capability-tags",
} as const;
