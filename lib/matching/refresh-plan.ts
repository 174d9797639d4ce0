import { NEIGHBOURS_STORED, type PairReach, type PreparedGraph } from "./neighbours";
import { graphStats, tagSpecificity, weightCount, type LinkTool } from "./strength";

/** Everything a tool's neighbour list is computed from. */
export type GraphInput = { tools: readonly LinkTool[]; tagNames: ReadonlyMap<string, string>; reach: PairReach };

/** A stored list as the plan needs it: how long it is and its weakest (last) strength. */
export type ListSummary = { length: number; last: number };

/** Stored strengths are rounded to 3 decimals: the unrounded weakest link is within this of the stored one. */
const ROUNDING = 0.0005 + 1e-9;

export type InputChange =
  | { full: true; why: string }
  | {
      full: false;
      /** Published tools whose links to any tool may have changed (their fields, tags or tag weights). */
      moved: Set<number>;
      /** Published tools only some of whose own links changed: one of a pair whose reach changed, a carrier of a renamed tag. */
      own: Set<number>;
      /** Tools no longer published. */
      gone: number[];
      /** Tools whose stored input row is out of date. */
      inputs: number[];
    };

const sameTool = (a: LinkTool, b: LinkTool) =>
  a.slug === b.slug && a.kind === b.kind && a.category === b.category && a.status === b.status && a.tags.length === b.tags.length && a.tags.every((tag, i) => tag === b.tags[i]);

const keysOf = <K>(...maps: ReadonlyMap<K, unknown>[]) => new Set(maps.flatMap((map) => [...map.keys()]));

/**
 * Which tools' links an edit can have changed, from the input the stored
 * lists were computed with (`before`) and the catalogue now (`after`).
 * Moved: tools whose own fields or tags changed, and every carrier of a tag
 * whose weight changed (its norm moves every link it has). Own: both tools
 * of a pair whose comparison reach changed (that one link moves), and the
 * carriers of a renamed tag (only reasons between two carriers name it).
 * A link between two tools outside these sets is exactly what it was. A
 * change of the catalogue's size that moves every tag's weight
 * (weightCount) needs a full recompute.
 */
export function inputChange(before: GraphInput, after: GraphInput): InputChange {
  if (before.tools.length === 0) return { full: true, why: "nothing stored yet" };
  const statsBefore = graphStats(before.tools);
  const statsAfter = graphStats(after.tools);
  if (weightCount(statsBefore.toolCount) !== weightCount(statsAfter.toolCount)) return { full: true, why: "the catalogue's size moved every tag's weight" };
  const previous = new Map(before.tools.map((tool) => [tool.id, tool]));
  const current = new Set(after.tools.map((tool) => tool.id));
  const inputs = after.tools.filter((tool) => !previous.has(tool.id) || !sameTool(previous.get(tool.id)!, tool)).map((tool) => tool.id);
  const gone = before.tools.filter((tool) => !current.has(tool.id)).map((tool) => tool.id);
  const tags = [...keysOf(statsBefore.toolsPerTag, statsAfter.toolsPerTag, before.tagNames, after.tagNames)];
  const weighed = new Set(tags.filter((tag) => tagSpecificity(tag, statsBefore) !== tagSpecificity(tag, statsAfter)));
  const renamed = new Set(tags.filter((tag) => before.tagNames.get(tag) !== after.tagNames.get(tag)));
  const moved = new Set(inputs);
  const own = new Set<number>();
  for (const tool of after.tools) {
    if (tool.tags.some((tag) => weighed.has(tag))) moved.add(tool.id);
    else if (tool.tags.some((tag) => renamed.has(tag))) own.add(tool.id);
  }
  const idOf = new Map(after.tools.map((tool) => [tool.slug, tool.id]));
  for (const key of keysOf(before.reach, after.reach)) {
    if (before.reach.get(key) === after.reach.get(key)) continue;
    for (const slug of key.split(",")) if (idOf.has(slug)) own.add(idOf.get(slug)!);
  }
  return { full: false, moved, own, gone, inputs: [...inputs, ...gone] };
}

/**
 * The lists to recompute: the moved and own tools'; those that listed a
 * moved or gone (unpublished) tool (`listing`); and those
 * a moved tool's new link could enter (stronger than their weakest, or a
 * list not full). Every other list is exactly what a full recompute gives.
 */
export function listsToRecompute(graph: PreparedGraph, moved: ReadonlySet<number>, own: ReadonlySet<number>, listing: ReadonlySet<number>, summaries: ReadonlyMap<number, ListSummary>): Set<number> {
  const published = new Set(graph.tools.map((tool) => tool.id));
  const recompute = new Set([...moved, ...own, ...[...listing].filter((id) => published.has(id))]);
  graph.tools.forEach((tool, i) => {
    if (!moved.has(tool.id)) return;
    graph.links(i, (j, strength) => {
      const other = graph.tools[j]!.id;
      if (recompute.has(other)) return;
      const list = summaries.get(other);
      if (!list || list.length < NEIGHBOURS_STORED || strength >= list.last - ROUNDING) recompute.add(other);
    });
  });
  return recompute;
}
