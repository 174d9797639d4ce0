import { db } from "@/lib/db/client";
import { alternativesFor } from "@/lib/matching/alternatives";
import { categoryFromRow } from "@/lib/schemas/enums";
import { linksAmong } from "./edges";
import type { GraphEdge, GraphNode, Neighbourhood } from "./types";

export const NEIGHBOURHOOD_SIZE = 12;

/**
 * A tool and its closest tools in the match graph: the centre's links (its
 * alternatives, from the neighbour table) and the strongest links among the
 * others. Null when the tool is unknown or unpublished.
 */
export async function loadNeighbourhood(slug: string, size = NEIGHBOURHOOD_SIZE): Promise<Neighbourhood | null> {
  const row = await db().tool.findFirst({ where: { slug, published: true }, select: { slug: true, name: true, kind: true, category: true, status: true, rank: true } });
  if (!row) return null;
  const centre: GraphNode = { ...row, category: categoryFromRow(row.category), isCentre: true };
  const neighbours = await alternativesFor(slug, size);
  const nodes: GraphNode[] = [centre, ...neighbours.map(({ slug, name, kind, category, status, rank }) => ({ slug, name, kind, category, status, rank, isCentre: false }))];
  const spokes: GraphEdge[] = neighbours.map((neighbour) => {
    const [source, target] = [slug, neighbour.slug].sort() as [string, string];
    return { source, target, strength: neighbour.strength, reason: neighbour.reason, sharedTags: neighbour.sharedTags, weight: neighbour.weight };
  });
  const between = await linksAmong(nodes.map((node) => node.slug), slug);
  return { centre, nodes, edges: [...spokes, ...between] };
}
