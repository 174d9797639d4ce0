import { connection } from "next/server";
import { renderUrlset, sitemapPart } from "@/lib/seo/sitemap";
import { sitemapEntries } from "@/lib/seo/sitemap-entries";

type Context = { params: Promise<{ part: string }> };

/** One part of the sitemap index (/sitemaps/0.xml, /sitemaps/1.xml, …); 404 past the last. */
export async function GET(_request: Request, { params }: Context) {
  await connection();
  const match = /^(\d{1,6})\.xml$/.exec((await params).part);
  const entries = match ? sitemapPart(await sitemapEntries(), Number(match[1])) : null;
  if (!entries) return new Response("Not found\n", { status: 404, headers: { "cache-control": "public, max-age=0, s-maxage=10" } });
  return new Response(renderUrlset(entries), {
    headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=0, s-maxage=3600, stale-while-revalidate=3600" },
  });
}
