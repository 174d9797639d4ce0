import type { ToolCategory } from "@/lib/schemas/enums";
import { comparisonKey } from "./pair-key";
import { reasonFor } from "./reason";
import { cosine, featuresOf, graphStats, matchStrength, RELATED_JOBS, roundStrength, sharedTags, strengthOf, tagSpecificity, tagNorm, type LinkTool, type MatchGraphStats } from "./strength";

/** How many closest tools are kept per tool: the most any page or search shows. */
export const NEIGHBOURS_STORED = 30;

/** How many of a tool's strongest links make its Match Graph input. */
export const MATCH_GRAPH_NEIGHBOURS = 12;

/** Reach per pair of slugs, keyed by comparisonKey([a, b]). */
export type PairReach = ReadonlyMap<string, number>;

export type Neighbour = { id: number; slug: string; strength: number; sharedTags: string[]; reason: string };

export type NeighbourOptions = { tagNames?: ReadonlyMap<string, string>; reach?: PairReach; limit?: number };

/** Appends to the list under `key`, creating it (lists can hold thousands of tools, so never copied). */
function append<K>(lists: Map<K, number[]>, key: K, value: number) {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

export const reachOf = (reach: PairReach, a: LinkTool, b: LinkTool) => reach.get(comparisonKey([a.slug, b.slug])) ?? 0;

/** Candidates of each tool that share no tag with it: the same or a related job, and tools compared with it. */
function jobPartners(tools: readonly LinkTool[]): Map<ToolCategory, number[]> {
  const byJob = new Map<ToolCategory, number[]>();
  tools.forEach((tool, index) => append(byJob, tool.category, index));
  const partners = new Map<ToolCategory, number[]>();
  for (const job of byJob.keys()) {
    const related = RELATED_JOBS.filter((family) => family.includes(job)).flat();
    partners.set(job, [...new Set([job, ...related])].flatMap((other) => byJob.get(other) ?? []));
  }
  return partners;
}

/** Per tool (by index), the tools compared with it and the pair's reach. */
function reachPartners(tools: readonly LinkTool[], reach: PairReach): Map<number, Map<number, number>> {
  const index = new Map(tools.map((tool, position) => [tool.slug, position]));
  const partners = new Map<number, Map<number, number>>();
  for (const [key, value] of reach) {
    const [a, b] = key.split(",").map((slug) => index.get(slug));
    if (a === undefined || b === undefined) continue;
    for (const [from, to] of [[a, b], [b, a]] as const) partners.set(from, (partners.get(from) ?? new Map()).set(to, value));
  }
  return partners;
}

type Candidate = { index: number; strength: number; slug: string };

const better = (strength: number, slug: string, than: Candidate) => strength > than.strength || (strength === than.strength && slug < than.slug);

/** Keeps the `limit` best (strength desc, then slug) in `top`, sorted; allocates only for a candidate it keeps. */
function offer(top: Candidate[], limit: number, index: number, strength: number, slug: string) {
  if (top.length === limit && !better(strength, slug, top[limit - 1]!)) return;
  let at = top.length;
  while (at > 0 && better(strength, slug, top[at - 1]!)) at -= 1;
  top.splice(at, 0, { index, strength, slug });
  if (top.length > limit) top.pop();
}

/**
 * Every tool's closest tools by matchStrength, strongest first, at most
 * `limit` each and only links stronger than 0. Sparse: each tool's shared
 * tag weights are summed through an index of tag → tools (so cost follows
 * the tags' sizes, not tools²); the kept links are then scored by
 * matchStrength itself. `only` limits which tools' lists are computed.
 */
export function computeNeighbours(tools: readonly LinkTool[], options: NeighbourOptions & { only?: ReadonlySet<number> } = {}): Map<number, Neighbour[]> {
  const { tagNames = new Map(), reach = new Map(), limit = NEIGHBOURS_STORED, only } = options;
  const stats = graphStats(tools);
  const carriers = new Map<string, number[]>();
  tools.forEach((tool, index) => new Set(tool.tags).forEach((tag) => append(carriers, tag, index)));
  const weight2 = new Map([...carriers.keys()].map((tag) => [tag, tagSpecificity(tag, stats) ** 2]));
  const norms = tools.map((tool) => tagNorm(tool.tags, stats));
  const byJob = jobPartners(tools);
  const compared = reachPartners(tools, reach);
  const shared = new Float64Array(tools.length);
  const seen = new Int32Array(tools.length).fill(-1);
  const result = new Map<number, Neighbour[]>();
  const none = new Map<number, number>();
  tools.forEach((tool, i) => {
    if (only && !only.has(tool.id)) return;
    const comparedWith = compared.get(i) ?? none;
    const touched: number[] = [];
    const touch = (j: number) => {
      if (seen[j] === i) return;
      seen[j] = i;
      shared[j] = 0;
      touched.push(j);
    };
    for (const tag of new Set(tool.tags)) {
      const w2 = weight2.get(tag)!;
      for (const j of carriers.get(tag)!) {
        touch(j);
        shared[j] = shared[j]! + w2;
      }
    }
    byJob.get(tool.category)!.forEach(touch);
    comparedWith.forEach((_reach, j) => touch(j));
    const top: Candidate[] = [];
    for (const j of touched) {
      if (j === i) continue;
      const other = tools[j]!;
      const strength = strengthOf(featuresOf(tool, other, cosine(shared[j]!, norms[i]!, norms[j]!), comparedWith.get(j) ?? 0));
      if (strength > 0) offer(top, limit, j, strength, other.slug);
    }
    result.set(tool.id, top.map(({ index }) => neighbourOf(tool, tools[index]!, stats, tagNames, reach)));
  });
  return result;
}

function neighbourOf(tool: LinkTool, other: LinkTool, stats: MatchGraphStats, tagNames: ReadonlyMap<string, string>, reach: PairReach): Neighbour {
  const pairReach = reachOf(reach, tool, other);
  return {
    id: other.id,
    slug: other.slug,
    strength: roundStrength(matchStrength(tool, other, stats, pairReach)),
    sharedTags: sharedTags(tool, other, stats),
    reason: reasonFor(tool, other, stats, tagNames, pairReach),
  };
}

/**
 * The Match Graph sub-score's input: per tool, the summed strength of its
 * MATCH_GRAPH_NEIGHBOURS strongest links. A tool with clear alternatives (same
 * job, specific shared capabilities, people comparing them) scores high; one
 * linked only through generic features scores low.
 */
export function matchGraphStrengths(tools: readonly LinkTool[], reach: PairReach = new Map()): Map<number, number> {
  const neighbours = computeNeighbours(tools, { reach, limit: MATCH_GRAPH_NEIGHBOURS });
  return new Map(tools.map((tool) => [tool.id, (neighbours.get(tool.id) ?? []).reduce((sum, link) => sum + link.strength, 0)]));
}
