import type { TagRef } from "@/lib/catalog/types";
import type { LifecycleStatus, ToolCategory, ToolKind } from "@/lib/schemas/enums";

export type GraphNode = { slug: string; name: string; kind: ToolKind; category: ToolCategory; status: LifecycleStatus; rank: number | null; isCentre: boolean };

/** Two tools linked in the match graph: strength (matchStrength), what they share in words, the tags both carry. */
export type GraphEdge = { source: string; target: string; strength: number; reason: string; sharedTags: TagRef[]; weight: number };

/** A tool, its closest tools, the centre's links and the strongest links among the others. */
export type Neighbourhood = { centre: GraphNode; nodes: GraphNode[]; edges: GraphEdge[] };
