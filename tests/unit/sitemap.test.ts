import { describe, expect, it } from "vitest";
import { planSitemap, renderSitemapIndex, renderUrlset, sitemapPart, type SitemapEntry } from "@/lib/seo/sitemap";

const entries: SitemapEntry[] = Array.from({ length: 7 }, (_, index) => ({ url: `https://toolmatch.example/tools/t${index}`, priority: 0.7 }));

describe("sitemap", () => {
  it("is one file while the URLs fit under the limit", () => {
    expect(planSitemap(entries, 7)).toEqual({ kind: "urlset", entries });
    const xml = renderUrlset(entries.slice(0, 1));
    expect(xml).toContain("<urlset");
    expect(xml).toContain("<loc>https://toolmatch.example/tools/t0</loc><priority>0.7</priority>");
  });

  it("becomes an index of parts past the limit, every URL in exactly one part", () => {
    const plan = planSitemap(entries, 3);
    expect(plan).toEqual({ kind: "index", parts: 3 });
    const parts = [0, 1, 2].map((part) => sitemapPart(entries, part, 3));
    expect(parts.map((part) => part?.length)).toEqual([3, 3, 1]);
    expect(parts.flat().map((entry) => entry!.url)).toEqual(entries.map((entry) => entry.url));
    expect(sitemapPart(entries, 3, 3)).toBeNull();
    expect(sitemapPart(entries, -1, 3)).toBeNull();
    const index = renderSitemapIndex("https://toolmatch.example", 3);
    expect(index).toContain("<sitemapindex");
    expect(index.match(/<sitemap>/g)).toHaveLength(3);
    expect(index).toContain("<loc>https://toolmatch.example/sitemaps/2.xml</loc>");
  });

  it("escapes what XML needs escaped", () => {
    expect(renderUrlset([{ url: "https://toolmatch.example/tools?kind=model&free=yes" }])).toContain("kind=model&amp;free=yes");
  });
});
