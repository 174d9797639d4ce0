/** One URL in a sitemap. */
export type SitemapEntry = { url: string; lastModified?: string; changeFrequency?: string; priority?: number };

/** The sitemap protocol's limit of URLs per file; past it /sitemap.xml becomes an index. */
export const SITEMAP_URL_LIMIT = 50_000;

export type SitemapPlan = { kind: "urlset"; entries: SitemapEntry[] } | { kind: "index"; parts: number };

/** One file while the URLs fit in `limit`, otherwise an index of ceil(n / limit) parts. */
export function planSitemap(entries: SitemapEntry[], limit = SITEMAP_URL_LIMIT): SitemapPlan {
  return entries.length <= limit ? { kind: "urlset", entries } : { kind: "index", parts: Math.ceil(entries.length / limit) };
}

/** The URLs of part `part` (0-based) of an index, or null past the last part. */
export function sitemapPart(entries: SitemapEntry[], part: number, limit = SITEMAP_URL_LIMIT): SitemapEntry[] | null {
  if (!Number.isInteger(part) || part < 0 || part * limit >= entries.length) return null;
  return entries.slice(part * limit, (part + 1) * limit);
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function renderUrlset(entries: SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const fields = [`<loc>${escapeXml(entry.url)}</loc>`];
    if (entry.lastModified) fields.push(`<lastmod>${entry.lastModified}</lastmod>`);
    if (entry.changeFrequency) fields.push(`<changefreq>${entry.changeFrequency}</changefreq>`);
    if (entry.priority !== undefined) fields.push(`<priority>${entry.priority}</priority>`);
    return `<url>${fields.join("")}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

/** The index: one <sitemap> per part, at `${base}/sitemaps/<n>.xml`. */
export function renderSitemapIndex(base: string, parts: number): string {
  const items = Array.from({ length: parts }, (_, part) => `<sitemap><loc>${escapeXml(`${base}/sitemaps/${part}.xml`)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`;
}
