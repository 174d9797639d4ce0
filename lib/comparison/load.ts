import { getExistingSlugs, getMatchCounts, getTool, getToolNeighbours } from "@/lib/catalog/cached";
import type { ToolDetail } from "@/lib/catalog/types";
import { candidateSlugs, comparisonPath, resolveComparison, type ComparisonResolution } from "@/lib/compare-url";
import { isWindingDown } from "@/lib/lifecycle";
import { buildVerdict, verdictToolOf } from "@/lib/verdict";

export async function resolveComparisonSegment(segment: string): Promise<ComparisonResolution> {
  const found = new Set(await getExistingSlugs(candidateSlugs(segment)));
  return resolveComparison(segment, (slug) => found.has(slug));
}

/** A link from a comparison with a retired or deprecated tool to the same comparison with its successor. */
export type SuccessorLink = { href: string; label: string };

export type ComparisonData = { tools: ToolDetail[]; verdict: string[]; successorLinks: SuccessorLink[] };

function successorLinks(tools: readonly ToolDetail[]): SuccessorLink[] {
  const slugs = tools.map((tool) => tool.slug);
  return tools.flatMap((tool) => {
    const successor = tool.lifecycle.successor;
    if (!successor || !isWindingDown(tool.lifecycle.value) || slugs.includes(successor.slug)) return [];
    const others = tools.filter((other) => other !== tool);
    return [{ href: comparisonPath([successor.slug, ...others.map((other) => other.slug)]), label: `${successor.name} vs ${others.map((other) => other.name).join(" vs ")}` }];
  });
}

export async function loadComparison(slugs: readonly string[]): Promise<ComparisonData | null> {
  const [tools, counts] = await Promise.all([Promise.all(slugs.map((slug) => getTool(slug))), getMatchCounts(slugs)]);
  if (tools.some((tool) => tool === null)) return null;
  return comparisonOf((tools as ToolDetail[]).map((tool) => ({ ...tool, timesMatched: counts[tool.slug] ?? tool.timesMatched })));
}

/** The verdict and successor links of tools side by side, from their data alone. */
export function comparisonOf(tools: ToolDetail[]): ComparisonData {
  const verdict = buildVerdict(tools.map(verdictToolOf));
  return { tools, verdict, successorLinks: successorLinks(tools) };
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
