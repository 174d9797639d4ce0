import { getMatchCounts, getPublishedSlugs, getTool, getToolNeighbours } from "@/lib/catalog/cached";
import type { ToolDetail } from "@/lib/catalog/types";
import { resolveComparison, type ComparisonResolution } from "@/lib/compare-url";
import { buildVerdict } from "@/lib/verdict";

export async function resolveComparisonSegment(segment: string): Promise<ComparisonResolution> {
  const slugs = new Set((await getPublishedSlugs()).map((entry) => entry.slug));
  return resolveComparison(segment, (slug) => slugs.has(slug));
}

export type ComparisonData = { tools: ToolDetail[]; verdict: string[] };

export async function loadComparison(slugs: readonly string[]): Promise<ComparisonData | null> {
  const [tools, counts] = await Promise.all([Promise.all(slugs.map((slug) => getTool(slug))), getMatchCounts(slugs)]);
  if (tools.some((tool) => tool === null)) return null;
  const present = (tools as ToolDetail[]).map((tool) => ({ ...tool, timesMatched: counts[tool.slug] ?? tool.timesMatched }));
  const verdict = buildVerdict(
    present.map((tool) => ({
      name: tool.name,
      freeTier: tool.freeTier,
      capabilityCount: tool.capabilities.length,
      scores: {
        rank: tool.rank,
        adoption: tool.scores?.adoption ?? 0,
        quality: tool.scores?.quality ?? 0,
        ecosystem: tool.scores?.ecosystem ?? 0,
        matchGraph: tool.scores?.matchGraph ?? 0,
      },
    })),
  );
  return { tools: present, verdict };
}

/** Tools worth adding to a comparison: the closest neighbours of its tools, not already in it. */
export async function suggestAdditions(slugs: readonly string[], limit = 4): Promise<{ slug: string; name: string }[]> {
  const lists = await Promise.all(slugs.map((slug) => getToolNeighbours(slug, limit + slugs.length)));
  const seen = new Set(slugs);
  const suggestions: { slug: string; name: string }[] = [];
  for (const neighbour of lists.flat().sort((a, b) => b.weight - a.weight)) {
    if (seen.has(neighbour.slug)) continue;
    seen.add(neighbour.slug);
    suggestions.push({ slug: neighbour.slug, name: neighbour.name });
  }
  return suggestions.slice(0, limit);
}
