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

/** A catalogue indexed for link scoring: built once, then asked for any tool's links. */
export type PreparedGraph = {
  tools: readonly LinkTool[];
  stats: MatchGraphStats;
  /** Every tool linked to tools[i] (strength > 0) with the link's unrounded strength. */
  links(i: number, visit: (j: number, strength: number) => void): void;
  /** tools[i]'s `limit` strongest links, as stored. */
  neighbours(i: number, limit?: number): Neighbour[];
};

/**
 * Indexes a catalogue for matchStrength. Sparse: a tool's shared tag weights
 * are summed through an index of tag → tools (so a tool's cost follows its
 * tags' sizes, not the catalogue's); the kept links are then scored by
 * matchStrength itself.
 */
export function prepareGraph(tools: readonly LinkTool[], options: NeighbourOptions = {}): PreparedGraph {
  const { tagNames = new Map(), reach = new Map(), limit: defaultLimit = NEIGHBOURS_STORED } = options;
  const stats = graphStats(tools);
  const carriers = new Map<string, number[]>();
  tools.forEach((tool, index) => new Set(tool.tags).forEach((tag) => append(carriers, tag, index)));
  const weight2 = new Map([...carriers.keys()].map((tag) => [tag, tagSpecificity(tag, stats) ** 2]));
  const norms = tools.map((tool) => tagNorm(tool.tags, stats));
  const byJob = jobPartners(tools);
  const compared = reachPartners(tools, reach);
  const shared = new Float64Array(tools.length);
  // seen[j] === scan: j is already a candidate of the current scan (a stamp, so nothing is cleared between scans).
  const seen = new Int32Array(tools.length);
  let scan = 0;
  const none = new Map<number, number>();

  function links(i: number, visit: (j: number, strength: number) => void) {
    const tool = tools[i]!;
    const comparedWith = compared.get(i) ?? none;
    const stamp = ++scan;
    const touched: number[] = [];
    const touch = (j: number) => {
      if (seen[j] === stamp) return;
      seen[j] = stamp;
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
    for (const j of touched) {
      if (j === i) continue;
      const strength = strengthOf(featuresOf(tool, tools[j]!, cosine(shared[j]!, norms[i]!, norms[j]!), comparedWith.get(j) ?? 0));
      if (strength > 0) visit(j, strength);
    }
  }

  function neighbours(i: number, limit = defaultLimit): Neighbour[] {
    const top: Candidate[] = [];
    links(i, (j, strength) => offer(top, limit, j, strength, tools[j]!.slug));
    return top.map(({ index }) => neighbourOf(tools[i]!, tools[index]!, stats, tagNames, reach));
  }

  return { tools, stats, links, neighbours };
}

/**
 * Every tool's closest tools by matchStrength, strongest first, at most
 * `limit` each and only links stronger than 0. `only` limits which tools'
 * lists are computed.
 */
export function computeNeighbours(tools: readonly LinkTool[], options: NeighbourOptions & { only?: ReadonlySet<number> } = {}): Map<number, Neighbour[]> {
  const graph = prepareGraph(tools, options);
  const result = new Map<number, Neighbour[]>();
  tools.forEach((tool, i) => {
    if (!options.only || options.only.has(tool.id)) result.set(tool.id, graph.neighbours(i));
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
