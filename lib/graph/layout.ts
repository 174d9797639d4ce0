import { TOOL_CATEGORY_LABELS, type ToolCategory } from "@/lib/schemas/enums";
import type { GraphEdge, GraphNode, Neighbourhood } from "./types";

// A map of a neighbourhood, laid out on the server: the centre in the middle,
// its neighbours around it grouped by job (category) in arcs, each group
// labelled, a stronger link drawn closer and thicker. A radial layout is a
// few lines of trigonometry, so no layout library and no browser code.

export const MAP_SIZE = 640;
const CENTRE = MAP_SIZE / 2;
const NEAREST = 120;
const FARTHEST = 250;
const LABEL_RADIUS = 300;

export type JobGroup = { category: ToolCategory; label: string; nodes: (GraphNode & { strength: number; reason: string })[] };
export type PlacedNode = GraphNode & { x: number; y: number; strength: number };
export type PlacedEdge = GraphEdge & { x1: number; y1: number; x2: number; y2: number; retired: boolean };
export type GroupLabel = { label: string; x: number; y: number; anchor: "start" | "middle" | "end" };
export type NeighbourhoodMap = { groups: JobGroup[]; nodes: PlacedNode[]; edges: PlacedEdge[]; labels: GroupLabel[] };

const UNAVAILABLE = new Set(["retired", "archived"]);
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The neighbours grouped by job, in the order the map and its list both use:
 * the group holding the strongest link first, and within a group strongest first.
 */
export function groupByJob(neighbourhood: Neighbourhood): JobGroup[] {
  const { centre, nodes, edges } = neighbourhood;
  const spoke = new Map(edges.filter((edge) => edge.source === centre.slug || edge.target === centre.slug).map((edge) => [edge.source === centre.slug ? edge.target : edge.source, edge]));
  const groups = new Map<ToolCategory, JobGroup>();
  for (const node of nodes.filter((candidate) => !candidate.isCentre)) {
    const link = spoke.get(node.slug);
    const group = groups.get(node.category) ?? { category: node.category, label: TOOL_CATEGORY_LABELS[node.category].many, nodes: [] };
    group.nodes.push({ ...node, strength: link?.strength ?? 0, reason: link?.reason ?? "" });
    groups.set(node.category, group);
  }
  const strongest = (group: JobGroup) => Math.max(...group.nodes.map((node) => node.strength));
  for (const group of groups.values()) group.nodes.sort((a, b) => b.strength - a.strength || a.name.localeCompare(b.name));
  return [...groups.values()].sort((a, b) => strongest(b) - strongest(a) || a.label.localeCompare(b.label));
}

/** Positions for the map: each group gets an arc in proportion to its size, starting at the top, clockwise. */
export function layOut(neighbourhood: Neighbourhood): NeighbourhoodMap {
  const groups = groupByJob(neighbourhood);
  const count = Math.max(1, groups.reduce((sum, group) => sum + group.nodes.length, 0));
  const maxStrength = Math.max(0.001, ...groups.flatMap((group) => group.nodes.map((node) => node.strength)));
  const step = (2 * Math.PI) / count;
  const at = (angle: number, radius: number) => ({ x: round(CENTRE + radius * Math.sin(angle)), y: round(CENTRE - radius * Math.cos(angle)) });
  const placed: PlacedNode[] = [{ ...neighbourhood.centre, x: CENTRE, y: CENTRE, strength: maxStrength }];
  const labels: GroupLabel[] = [];
  let slot = 0;
  for (const group of groups) {
    const first = slot;
    for (const node of group.nodes) {
      const radius = NEAREST + (FARTHEST - NEAREST) * (1 - node.strength / maxStrength);
      placed.push({ ...node, ...at((slot + 0.5) * step, radius) });
      slot += 1;
    }
    const middle = ((first + slot) / 2) * step;
    const sin = Math.sin(middle);
    labels.push({ label: group.label, ...at(middle, LABEL_RADIUS), anchor: sin > 0.3 ? "start" : sin < -0.3 ? "end" : "middle" });
  }
  const where = new Map(placed.map((node) => [node.slug, node]));
  const edges = neighbourhood.edges.flatMap((edge): PlacedEdge[] => {
    const [a, b] = [where.get(edge.source), where.get(edge.target)];
    if (!a || !b) return [];
    return [{ ...edge, x1: a.x, y1: a.y, x2: b.x, y2: b.y, retired: UNAVAILABLE.has(a.status) || UNAVAILABLE.has(b.status) }];
  });
  return { groups, nodes: placed, edges, labels };
}
