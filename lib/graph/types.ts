import type { TagRef } from "@/lib/catalog/types";
import type { ToolKind } from "@/lib/schemas/enums";

export type GraphNode = { slug: string; name: string; kind: ToolKind; rank: number | null; isCentre: boolean };

/** Two tools linked by the capability tags they share; weight is how many. */
export type GraphEdge = { source: string; target: string; weight: number; sharedTags: TagRef[] };

/** A tool, its closest tools, and every link among them. */
export type Neighbourhood = { centre: GraphNode; nodes: GraphNode[]; edges: GraphEdge[] };
