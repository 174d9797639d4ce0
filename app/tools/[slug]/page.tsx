import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CapabilityList } from "@/components/capability-list";
import { JsonLd } from "@/components/json-ld";
import { CostCalculator } from "@/components/cost-calculator";
import { LifecycleNotice } from "@/components/lifecycle-notice";
import { ModelFacts } from "@/components/model-facts";
import { PriceTable } from "@/components/price-table";
import { SourceLink } from "@/components/source-link";
import { ScoreHistory, ScorePanel } from "@/components/score-panel";
import { ToolCard } from "@/components/tool-card";
import { getMatchCounts, getToday, getTool, getToolKindStanding, getToolNeighbours, getToolScoreHistory } from "@/lib/catalog/cached";
import { comparisonPath, costPath, graphPath, toolPath } from "@/lib/compare-url";
import { costEntries, DEFAULT_USAGE, hasTokenPrices } from "@/lib/cost";
import { lifecycleLabel } from "@/lib/lifecycle";
import { formatDate } from "@/lib/dates";
import { siteUrl } from "@/lib/env";
import { BUILD_PLACEHOLDER, placeholderParams } from "@/lib/routing/build-placeholder";
import { formatPrice } from "@/lib/pricing";
import { PRICING_MODEL_LABELS, TOOL_CATEGORY_LABELS, TOOL_KIND_LABELS } from "@/lib/schemas/enums";
import { searchHref } from "@/lib/schemas/search";
import { rankText } from "@/lib/scoring/display";
import { SIGNAL_SCALES } from "@/lib/scoring/method";

type Props = { params: Promise<{ slug: string }> };

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function generateStaticParams() {
  return placeholderParams("slug");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (slug === BUILD_PLACEHOLDER) return {};
  const tool = await getTool(slug);
  if (!tool) return {};
  const title = `${tool.name}: capabilities, pricing and Rank`;
  const description = `${tool.summary} Rank ${rankText(tool)}, ${tool.capabilities.length} capabilities, ${PRICING_MODEL_LABELS[tool.pricingModel].toLowerCase()}.`;
  return { title, description, alternates: { canonical: toolPath(slug) }, openGraph: { title, description, url: toolPath(slug), type: "article" } };
}

// Rendered in one piece (no Suspense boundary) so the page is complete HTML
// and works without JavaScript; `instant = false` allows the empty static shell.
export const instant = false;
export const ensureStatic = "navigation";

export default async function ToolPage({ params }: Props) {
  const { slug } = await params;
  if (slug === BUILD_PLACEHOLDER) notFound();
  const [tool, history, neighbours, counts, date, standing] = await Promise.all([
    getTool(slug),
    getToolScoreHistory(slug),
    getToolNeighbours(slug),
    getMatchCounts([slug]),
    getToday(),
    getToolKindStanding(slug),
  ]);
  if (!tool) notFound();
  const startingPrice = tool.prices.find((price) => price.isStarting);
  const offers = costEntries([tool]);
  return (
    <article className="space-y-10">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "SoftwareApplication",
          name: tool.name,
          url: `${siteUrl()}${toolPath(tool.slug)}`,
          applicationCategory: TOOL_KIND_LABELS[tool.kind],
          description: tool.summary,
          author: { "@type": "Organization", name: tool.vendor },
          ...(startingPrice && { offers: { "@type": "Offer", price: startingPrice.amount, priceCurrency: startingPrice.currency } }),
        }}
      />
      <header className="grid gap-6 md:grid-cols-[1fr_18rem]">
        <div className="space-y-3">
          <p className="muted text-sm">
            {TOOL_KIND_LABELS[tool.kind]} · {TOOL_CATEGORY_LABELS[tool.category].one} · {tool.vendor}
          </p>
          <h1 className="text-3xl">{tool.name}</h1>
          <LifecycleNotice name={tool.name} slug={tool.slug} lifecycle={tool.lifecycle} />
          <p className="text-lg">{tool.summary}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="muted">Status</dt>
            <dd>
              {lifecycleLabel(tool.lifecycle)} <SourceLink source={tool.lifecycle.source} />
            </dd>
            <dt className="muted">Pricing</dt>
            <dd>
              {PRICING_MODEL_LABELS[tool.pricingModel]}
              {tool.freeTier ? ", with a free tier" : ", no free tier"}
            </dd>
            <dt className="muted">Starting price</dt>
            <dd>
              {startingPrice ? (
                <>
                  {formatPrice(startingPrice)} <span className="muted">({startingPrice.provider})</span> <SourceLink source={startingPrice.source} />
                </>
              ) : (
                "—"
              )}
            </dd>
            <dt className="muted">Licence</dt>
            <dd>{tool.license ?? "Not stated"}</dd>
            <dt className="muted">Website</dt>
            <dd>
              <a href={tool.website} rel="noopener">{new URL(tool.website).host}</a>
            </dd>
            {tool.sourceRepository && (
              <>
                <dt className="muted">Source</dt>
                <dd>
                  <a href={tool.sourceRepository} rel="noopener">{tool.sourceRepository.replace(/^https?:\/\//, "")}</a>
                </dd>
              </>
            )}
            <dt className="muted">Times matched</dt>
            <dd className="tabular-nums">{(counts[slug] ?? tool.timesMatched).toLocaleString("en-US")}</dd>
            <dt className="muted">Last verified</dt>
            <dd>
              {formatDate(tool.lastVerifiedAt)} <span className="muted">(the newest check of any fact below)</span>
            </dd>
          </dl>
        </div>
        <ScorePanel tool={tool} standing={standing} />
      </header>

      {neighbours.length > 0 && (
        <section aria-labelledby="compare-heading" className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="compare-heading" className="text-xl">Alternatives to {tool.name}</h2>
            <Link href={graphPath(tool.slug)}>See {tool.name} in the match graph</Link>
          </div>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {neighbours.map((neighbour) => (
              <ToolCard key={neighbour.slug} tool={neighbour}>
                <p className="text-sm">{capitalise(neighbour.reason)}</p>
                <Link className="button-quiet mt-auto self-start" href={comparisonPath([tool.slug, neighbour.slug])}>
                  Compare with {tool.name}
                </Link>
              </ToolCard>
            ))}
          </ul>
          <p className="text-sm">
            <Link href={searchHref({ like: tool.slug })}>See all alternatives to {tool.name}</Link>
          </p>
        </section>
      )}

      <section aria-labelledby="capabilities-heading" className="space-y-3">
        <h2 id="capabilities-heading" className="text-xl">{tool.capabilities.length} capabilities</h2>
        <CapabilityList capabilities={tool.capabilities} visible={tool.capabilities.length} />
      </section>

      <ModelFacts facts={tool.facts} />

      <PriceTable offers={tool.offers} pricingModel={tool.pricingModel} toolStatus={tool.status} today={date} />
      {hasTokenPrices(offers) && <CostCalculator action={costPath(toolPath(tool.slug))} usage={DEFAULT_USAGE} entries={offers} />}

      <section aria-labelledby="scores-heading" className="space-y-3">
        <h2 id="scores-heading" className="text-xl">Score evidence and history</h2>
        {tool.signals.length === 0 ? (
          <p className="muted">No score signals recorded yet: there is no sourced evidence for the evidence-based sub-scores.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {tool.signals.map((signal) => (
              <li key={signal.kind}>
                <span className="font-medium">{SIGNAL_SCALES[signal.kind].label}:</span>{" "}
                <span className="tabular-nums">
                  {signal.rounded ? "about " : ""}
                  {signal.value.toLocaleString("en-US")}
                </span>
                {signal.note ? ` (${signal.note})` : ""} — <SourceLink source={signal.source} />
              </li>
            ))}
          </ul>
        )}
        <ScoreHistory history={history} name={tool.name} />
        <p className="text-sm">
          <Link href="/methodology">How these scores are computed</Link>
        </p>
      </section>
    </article>
  );
}
