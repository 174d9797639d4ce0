import type { NeighbourView, OfferView, PriceView, ToolDetail, ToolSummary } from "@/lib/catalog/types";
import type { SourceInput } from "@/lib/schemas/tool";
import { comparisonPath, toolPath } from "@/lib/compare-url";
import { siteUrl } from "@/lib/env";
import { formatPrice, inForceOn } from "@/lib/pricing";
import type { ApiComparison, ApiScores, ApiOffer, ApiPrice, ApiPricesAsOf, ApiToolDetail, ApiToolSummary } from "@/lib/schemas/api-responses";
import { DIMENSIONS, type Dimension } from "@/lib/scoring/method";
import type { ScoreView } from "@/lib/scoring/snapshot";
import { comparableRank, evidenceLeader, isCrossKind } from "@/lib/verdict";

// Pure shaping from the catalogue's views to the API's stable bodies.

export const API_BASE = "/api/v1";

export const pageUrl = (path: string) => `${siteUrl()}${path}`;
export const toolApiUrl = (slug: string) => pageUrl(`${API_BASE}/tools/${slug}`);

export function presentSummary(tool: ToolSummary): ApiToolSummary {
  const { slug, name, kind, category, vendor, summary, pricingModel, freeTier, rank, provisional, lastVerifiedAt, status, statusDate } = tool;
  return { slug, name, kind, category, vendor, summary, pricingModel, freeTier, rank, provisional, lastVerifiedAt, status, statusDate, url: pageUrl(toolPath(slug)), apiUrl: toolApiUrl(slug) };
}

const provenance = (source: SourceInput) => ({ sourceUrl: source.url, sourceDate: source.date, checkedAt: source.checkedAt, evidence: source.kind, via: source.via });

export function presentPrice(price: PriceView): ApiPrice {
  const { provider, label, meter, amount, currency, unit, tierFrom, batch, isStarting, validFrom, validTo, source } = price;
  return {
    label,
    amount,
    currency,
    unit,
    isStarting,
    asOf: source.date,
    display: formatPrice({ amount, currency, unit }),
    provider,
    meter,
    tierFrom,
    batch,
    validFrom,
    validTo,
    ...provenance(source),
  };
}

export function presentOffer(offer: OfferView, prices = offer.prices): ApiOffer {
  const { provider, providerSlug, modelId, url, status } = offer;
  return { provider, providerSlug, modelId, url, status: status?.value ?? null, statusDate: status?.date ?? null, prices: prices.map(presentPrice) };
}

export function presentTool(tool: ToolDetail): ApiToolDetail {
  return {
    ...presentSummary(tool),
    website: tool.website,
    sourceRepository: tool.sourceRepository,
    license: tool.license,
    timesMatched: tool.timesMatched,
    version: tool.version,
    updatedAt: tool.updatedAt,
    lifecycle: {
      status: tool.lifecycle.value,
      date: tool.lifecycle.date,
      successor: tool.lifecycle.successor && { ...tool.lifecycle.successor, url: pageUrl(toolPath(tool.lifecycle.successor.slug)) },
      ...provenance(tool.lifecycle.source),
    },
    facts: Object.fromEntries(Object.entries(tool.facts).map(([name, entry]) => [name, { value: entry!.value, ...provenance(entry!.source) }])),
    scores: tool.scores && presentScores(tool.scores),
    capabilities: tool.capabilities.map(({ title, description, unique, vsAlternatives, tags, sources, derived }) => ({
      title,
      description,
      unique,
      vsAlternatives,
      tags: tags.map(({ slug, name }) => ({ slug, name })),
      sources,
      derived,
    })),
    prices: tool.prices.map(presentPrice),
    offers: tool.offers.map((offer) => presentOffer(offer)),
    signals: tool.signals.map(({ kind, value, rounded, note, source }) => ({ kind, value, source: source.url, observedAt: source.date, note, rounded, ...provenance(source) })),
  };
}

function presentScores(scores: ScoreView): ApiScores {
  const { signals, ...rest } = scores;
  return { ...rest, signalCounts: signals };
}

export function presentAlternative(neighbour: NeighbourView) {
  return { ...presentSummary(neighbour), weight: neighbour.weight, sharedTags: neighbour.sharedTags, strength: neighbour.strength, reason: neighbour.reason };
}

export function presentComparison(tools: ToolDetail[], verdict: string[]): ApiComparison {
  const leaderOf = (score: (tool: ToolDetail) => number | null) => evidenceLeader(tools, score)?.slug ?? null;
  const dimensionLeaders = Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, leaderOf((tool) => tool.scores?.[dimension] ?? null)])) as Record<Dimension, string | null>;
  return {
    tools: tools.map(presentTool),
    verdict,
    leaders: { rank: leaderOf(comparableRank), ...dimensionLeaders },
    crossKind: isCrossKind(tools),
    url: pageUrl(comparisonPath(tools.map((tool) => tool.slug))),
  };
}

/** Each offer of a tool with only the prices in force on a date. */
export function presentPricesAsOf(tool: ToolDetail, asOf: string): ApiPricesAsOf {
  const offers = tool.offers.map((offer) => presentOffer(offer, offer.prices.filter((price) => inForceOn(price, asOf))));
  return { tool: { slug: tool.slug, name: tool.name }, asOf, offers };
}
