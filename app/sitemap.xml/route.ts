import { connection } from "next/server";
import { siteUrl } from "@/lib/env";
import { planSitemap, renderSitemapIndex, renderUrlset } from "@/lib/seo/sitemap";
import { sitemapEntries } from "@/lib/seo/sitemap-entries";

const HEADERS = { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=0, s-maxage=3600, stale-while-revalidate=3600" };

/** The sitemap, or past 50,000 URLs an index of /sitemaps/<n>.xml. Read at request time: builds need no database. */
export async function GET() {
  await connection();
  const plan = planSitemap(await sitemapEntries());
  const body = plan.kind === "urlset" ? renderUrlset(plan.entries) : renderSitemapIndex(siteUrl(), plan.parts);
  return new Response(body, { headers: HEADERS });
}
