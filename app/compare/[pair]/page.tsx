import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { CapabilityList } from "@/components/capability-list";
import { ComparisonTable } from "@/components/comparison-table";
import { CostCalculator } from "@/components/cost-calculator";
import { LifecycleNotice } from "@/components/lifecycle-notice";
import { JsonLd } from "@/components/json-ld";
import { Verdict } from "@/components/verdict";
import { comparisonPath, costPath, graphPath, MAX_COMPARED, toolPath, viewBeaconPath } from "@/lib/compare-url";
import { costEntries, DEFAULT_USAGE, hasTokenPrices } from "@/lib/cost";
import { loadComparison, resolveComparisonSegment, suggestAdditions } from "@/lib/comparison/load";
import { siteUrl } from "@/lib/env";
import { BUILD_PLACEHOLDER, placeholderParams } from "@/lib/routing/build-placeholder";
import { joinWords } from "@/lib/verdict";

type Props = { params: Promise<{ pair: string }> };

export function generateStaticParams() {
  return placeholderParams("pair");
}

async function resolveOrExit(params: Props["params"]) {
  const { pair } = await params;
  if (pair === BUILD_PLACEHOLDER) notFound();
  const resolution = await resolveComparisonSegment(pair);
  if (resolution.kind === "not-found") notFound();
  if (resolution.kind === "single" || resolution.canonicalPath !== `/compare/${pair}`) permanentRedirect(resolution.canonicalPath);
  return resolution;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slugs, canonicalPath } = await resolveOrExit(params);
  const data = await loadComparison(slugs);
  if (!data) return {};
  const names = data.tools.map((tool) => tool.name);
  const title = `${names.join(" vs ")}: side-by-side comparison`;
  const description = `${joinWords(names)} compared on Rank, quality, adoption, ecosystem, pricing and ${data.tools.reduce((n, t) => n + t.capabilities.length, 0)} capabilities. ${data.verdict[0]}`;
  return {
    title,
    description,
    alternates: { canonical: canonicalPath },
    openGraph: { title, description, url: canonicalPath, type: "article" },
  };
}

// The comparison renders in one piece, with no Suspense boundary, so the
// whole page arrives as plain HTML: it must work with JavaScript disabled.
// That makes the static shell empty, which `instant = false` allows. It is
// rendered once per comparison and then served from the page cache until a
// tag it read expires (`ensureStatic` fails the build if anything in it
// becomes per-request); views are counted by the beacon below instead.
export const instant = false;
export const ensureStatic = "navigation";

export default async function ComparePage({ params }: Props) {
  const { slugs, canonicalPath } = await resolveOrExit(params);
  const [data, additions] = await Promise.all([loadComparison(slugs), suggestAdditions(slugs)]);
  if (!data) notFound();
  const { tools, verdict, successorLinks } = data;
  const names = tools.map((tool) => tool.name);
  const offers = costEntries(tools);
  return (
    <article className="space-y-8">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "ItemList",
          name: `${names.join(" vs ")}`,
          url: `${siteUrl()}${canonicalPath}`,
          itemListElement: tools.map((tool, index) => ({
            "@type": "ListItem",
            position: index + 1,
            item: { "@type": "SoftwareApplication", name: tool.name, url: `${siteUrl()}${toolPath(tool.slug)}`, applicationCategory: tool.kind },
          })),
        }}
      />
      <header className="space-y-2">
        {/* The view beacon (see lib/matching/count-view.ts): the browser fetches it once the page is shown, with or
            without JavaScript. Lazy and at the top: loaded when on screen, never for a copy the router renders hidden. */}
        {/* eslint-disable-next-line @next/next/no-img-element -- a counting pixel, not content to optimise */}
        <img src={viewBeaconPath(canonicalPath)} alt="" width={1} height={1} loading="lazy" className="absolute h-px w-px opacity-0" />
        <h1 className="text-2xl sm:text-3xl">{names.join(" vs ")}</h1>
        <p className="muted">Side-by-side comparison to help you choose. Every score is computed from sourced signals.</p>
        {tools.map((tool) => (
          <LifecycleNotice key={tool.slug} name={tool.name} slug={tool.slug} lifecycle={tool.lifecycle} compareWith={slugs} />
        ))}
      </header>
      <ComparisonTable tools={tools} />
      <Verdict sentences={verdict} successorLinks={successorLinks} />
      {hasTokenPrices(offers) && <CostCalculator action={costPath(canonicalPath)} usage={DEFAULT_USAGE} entries={offers} showToolNames />}
      <div className={`grid gap-8 ${tools.length > 2 ? "lg:grid-cols-2" : "md:grid-cols-2"}`}>
        {tools.map((tool) => (
          <section key={tool.slug} aria-labelledby={`caps-${tool.slug}`} className="space-y-3">
            <h2 id={`caps-${tool.slug}`} className="text-xl">
              {tool.name}: {tool.capabilities.length} capabilities
            </h2>
            <CapabilityList capabilities={tool.capabilities} />
          </section>
        ))}
      </div>
      <footer className="card space-y-3">
        <p>
          <Link className="button" href={`/search?from=${tools.map((tool) => tool.slug).join(",")}`}>
            Search the match graph →
          </Link>
        </p>
        <ul aria-label="See each tool in the match graph" className="flex flex-wrap gap-2 text-sm">
          {tools.map((tool) => (
            <li key={tool.slug}>
              <Link className="button-quiet" href={graphPath(tool.slug)}>
                {tool.name} in the match graph
              </Link>
            </li>
          ))}
        </ul>
        {tools.length < MAX_COMPARED && additions.length > 0 && (
          <nav aria-label="Add a tool to this comparison">
            <p className="muted mb-2 text-sm">Add a tool (up to {MAX_COMPARED} side by side):</p>
            <ul className="flex flex-wrap gap-2">
              {additions.map((tool) => (
                <li key={tool.slug}>
                  <Link className="button-quiet" href={comparisonPath([...slugs, tool.slug])}>
                    + {tool.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </footer>
    </article>
  );
}
