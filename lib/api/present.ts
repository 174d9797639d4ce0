import type { NeighbourView, ToolDetail, ToolSummary } from "@/lib/catalog/types";
import { comparisonPath, toolPath } from "@/lib/compare-url";
import { siteUrl } from "@/lib/env";
import { formatPrice } from "@/lib/pricing";
import type { ApiComparison, ApiToolDetail, ApiToolSummary } from "@/lib/schemas/api-responses";
import { DIMENSIONS } from "@/lib/scoring/method";
import { strictLeader } from "@/lib/verdict";

// Pure shaping from the catalogue's views to the API's stable bodies.

export const API_BASE = "/api/v1";

export const pageUrl = (path: string) => `${siteUrl()}${path}`;
export const toolApiUrl = (slug: string) => pageUrl(`${API_BASE}/tools/${slug}`);

export function presentSummary(tool: ToolSummary): ApiToolSummary {
  const { slug, name, kind, vendor, summary, pricingModel, freeTier, rank, lastVerifiedAt } = tool;
  return { slug, name, kind, vendor, summary, pricingModel, freeTier, rank, lastVerifiedAt, url: pageUrl(toolPath(slug)), apiUrl: toolApiUrl(slug) };
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
    scores: tool.scores && {
      rank: tool.scores.rank,
      adoption: tool.scores.adoption,
      quality: tool.scores.quality,
      ecosystem: tool.scores.ecosystem,
      matchGraph: tool.scores.matchGraph,
      methodVersion: tool.scores.methodVersion,
      computedAt: tool.scores.computedAt,
    },
    capabilities: tool.capabilities.map(({ title, description, unique, vsAlternatives, tags }) => ({
      title,
      description,
      unique,
      vsAlternatives,
      tags: tags.map(({ slug, name }) => ({ slug, name })),
    })),
    prices: tool.prices.map(({ label, amount, currency, unit, isStarting, asOf }) => ({ label, amount, currency, unit, isStarting, asOf, display: formatPrice({ amount, currency, unit }) })),
    signals: tool.signals.map(({ kind, value, source, observedAt, note }) => ({ kind, value, source, observedAt, note })),
  };
}

export function presentAlternative(neighbour: NeighbourView) {
  return { ...presentSummary(neighbour), weight: neighbour.weight, sharedTags: neighbour.sharedTags };
}

export function presentComparison(tools: ToolDetail[], verdict: string[]): ApiComparison {
  const leaderOf = (score: (tool: ToolDetail) => number) => strictLeader(tools, score)?.slug ?? null;
  const dimensionLeaders = Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, leaderOf((tool) => tool.scores?.[dimension] ?? 0)]));
  return {
    tools: tools.map(presentTool),
    verdict,
    leaders: { rank: leaderOf((tool) => tool.rank), adoption: null, quality: null, ecosystem: null, matchGraph: null, ...dimensionLeaders },
    url: pageUrl(comparisonPath(tools.map((tool) => tool.slug))),
  };
}
