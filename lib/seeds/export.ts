import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { factsFromRows, offerFromRow, signalFromRow } from "@/lib/catalog/fact-rows";
import { capabilityFromRow, profileFromRow, statusFromRow } from "@/lib/catalog/profile";
import type { CapabilityTagInput, ToolSeed } from "@/lib/schemas/tool";
import { canonicalTag, canonicalToolSeed } from "./canonical";

/** What makes up a tool in the seed format; derived capabilities are computed, so they are left out. */
export const toolSeedInclude = {
  successor: { select: { slug: true } },
  capabilities: { where: { derived: false }, orderBy: [{ position: "asc" }, { id: "asc" }], include: { taggings: { include: { tag: { select: { slug: true } } } } } },
  offers: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { prices: { orderBy: [{ position: "asc" }, { id: "asc" }] } } },
  facts: true,
  signals: true,
} satisfies Prisma.ToolInclude;

type Db = Pick<PrismaClient, "tool" | "capabilityTag">;

export type ToolSeedRow = Prisma.ToolGetPayload<{ include: typeof toolSeedInclude }>;

export function toToolSeed(tool: ToolSeedRow): ToolSeed {
  return canonicalToolSeed({
    slug: tool.slug,
    ...profileFromRow(tool),
    status: statusFromRow(tool),
    facts: factsFromRows(tool.facts),
    capabilities: tool.capabilities.map(capabilityFromRow),
    offers: tool.offers.map(offerFromRow),
    signals: tool.signals.map(signalFromRow),
  });
}

/** A tool as it stands in the database, in the seed format. */
export async function exportTool(prisma: Db, slug: string): Promise<ToolSeed | null> {
  const tool = await prisma.tool.findUnique({ where: { slug }, include: toolSeedInclude });
  return tool && toToolSeed(tool);
}

export type CatalogueExport = { tags: CapabilityTagInput[]; tools: ToolSeed[] };

/** The whole catalogue in the seed format, in a stable order. */
export async function exportCatalogue(prisma: Db): Promise<CatalogueExport> {
  const tags = await prisma.capabilityTag.findMany({ orderBy: { slug: "asc" } });
  // One query, so it also runs inside a transaction (one connection) without queueing.
  const tools = await prisma.tool.findMany({ include: toolSeedInclude, orderBy: { slug: "asc" } });
  return { tags: tags.map(canonicalTag), tools: tools.map(toToolSeed) };
}
