// The match graph's link rule: two tools are linked when their capabilities
// share a tag, and the link weighs the number of distinct tags they share.
// The Match Graph sub-score reads a tool's links only through `graphStrengths`.
// The SQL readers (getNeighbours, edgesAmong, search's graphCandidates) still
// spell the rule in SQL; tests/integration/rank-snapshots.test.ts and
// search-graph.test.ts check that they agree with `linkWeight` here.

export type GraphTool = { id: number; tags: readonly string[] };

/** The weight of the link between two tools: the distinct tags they share (0: not linked). */
export function linkWeight(a: readonly string[], b: readonly string[]): number {
  const mine = new Set(a);
  return [...new Set(b)].filter((tag) => mine.has(tag)).length;
}

/**
 * Strength of each tool in the match graph: the sum of the weights of its
 * links to every other tool. Counted per tag (a tag carried by n tools adds
 * n − 1 to each of them), which is the same sum without visiting every pair.
 */
export function graphStrengths(tools: readonly GraphTool[]): Map<number, number> {
  const toolsByTag = new Map<string, number[]>();
  for (const tool of tools) {
    for (const tag of new Set(tool.tags)) toolsByTag.set(tag, [...(toolsByTag.get(tag) ?? []), tool.id]);
  }
  const strengths = new Map(tools.map((tool) => [tool.id, 0]));
  for (const members of toolsByTag.values()) {
    for (const id of members) strengths.set(id, (strengths.get(id) ?? 0) + members.length - 1);
  }
  return strengths;
}
