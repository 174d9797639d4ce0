import { getNeighbours } from "@/lib/catalog/queries";
import { db } from "@/lib/db/client";
import { edgesAmong } from "./edges";
import type { GraphNode, Neighbourhood } from "./types";

export const NEIGHBOURHOOD_SIZE = 12;

/**
 * A tool and its closest tools in the match graph (by shared capability
 * tags), with every link among them: the centre's links and the links
 * between its neighbours. Null when the tool is unknown or unpublished.
 */
export async function loadNeighbourhood(slug: string, size = NEIGHBOURHOOD_SIZE): Promise<Neighbourhood | null> {
  const centreRow = await db().tool.findFirst({ where: { slug, published: true }, select: { slug: true, name: true, kind: true, rank: true } });
  if (!centreRow) return null;
  const centre: GraphNode = { ...centreRow, isCentre: true };
  const neighbours = await getNeighbours(slug, size);
  const nodes: GraphNode[] = [centre, ...neighbours.map(({ slug, name, kind, rank }) => ({ slug, name, kind, rank, isCentre: false }))];
  const edges = await edgesAmong(nodes.map((node) => node.slug));
  return { centre, nodes, edges };
}
