import type { Metadata } from "next";
import Link from "next/link";
import { JsonLd } from "@/components/json-ld";
import { ToolCard } from "@/components/tool-card";
import { getComparisonsWorthOpening, getTopTools } from "@/lib/catalog/cached";
import { comparisonPath } from "@/lib/compare-url";
import { siteUrl } from "@/lib/env";

export const metadata: Metadata = {
  title: { absolute: "toolmatch — compare AI tools side by side" },
  description: "Find the right AI model, API, app or library: sourced Rank scores, every capability spelled out, prices per 1M tokens or per month, and a verdict from the numbers.",
  alternates: { canonical: "/" },
  openGraph: { title: "toolmatch — compare AI tools side by side", url: "/" },
};

// Rendered in one piece (no Suspense boundary) so the page is complete HTML
// and works without JavaScript; `instant = false` allows the empty static shell.
export const instant = false;
export const ensureStatic = "navigation";

export default async function HomePage() {
  return (
    <div className="space-y-12">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "WebSite",
          name: "toolmatch",
          url: siteUrl(),
          potentialAction: { "@type": "SearchAction", target: `${siteUrl()}/search?q={query}`, "query-input": "required name=query" },
        }}
      />
      <section className="space-y-4 py-4 text-center sm:py-10">
        <h1 className="text-3xl sm:text-5xl">Decide between AI tools with honest numbers</h1>
        <p className="muted mx-auto max-w-2xl text-lg">
          Side-by-side comparisons of models, APIs, apps and libraries: every capability spelled out, every score sourced and dated.
        </p>
        <form method="get" action="/search" role="search" className="mx-auto flex max-w-xl gap-2">
          <label htmlFor="home-search" className="sr-only">
            Describe what you need or name a tool
          </label>
          <input id="home-search" name="q" type="search" className="field flex-1" placeholder="e.g. fine-tune an image model on 5 photos of my dog" />
          <button type="submit" className="button">
            Search
          </button>
        </form>
      </section>
      <HomeLists />
    </div>
  );
}

async function HomeLists() {
  const [top, comparisons] = await Promise.all([getTopTools(6), getComparisonsWorthOpening(6)]);
  return (
    <>
      <section aria-labelledby="comparisons-heading" className="space-y-3">
        <h2 id="comparisons-heading" className="text-2xl">Comparisons worth opening</h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {comparisons.map((link) => (
            <li key={link.slugs.join(",")} className="card">
              <Link href={comparisonPath(link.slugs)} className="font-medium">
                {link.names.join(" vs ")}
              </Link>
              {link.views > 0 && <p className="muted text-sm">{link.views.toLocaleString("en-US")} views</p>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="top-heading" className="space-y-3">
        <div className="flex items-baseline justify-between">
          <h2 id="top-heading" className="text-2xl">Top tools by Rank</h2>
          <Link href="/tools">See all</Link>
        </div>
        <p className="muted text-sm">Settled Ranks only: a provisional Rank, resting on too little evidence, is left out.</p>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {top.map((tool) => (
            <ToolCard key={tool.slug} tool={tool} />
          ))}
        </ul>
      </section>
    </>
  );
}
