import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { capabilityFromRow, priceFromRow, profileFromRow, signalFromRow } from "@/lib/catalog/profile";
import type { CapabilityTagInput, ToolSeed } from "@/lib/schemas/tool";
import { canonicalTag, canonicalToolSeed } from "./canonical";

const toolInclude = {
  capabilities: { orderBy: { position: "asc" as const }, include: { taggings: { include: { tag: true } } } },
  prices: { orderBy: { position: "asc" as const } },
  signals: true,
};

type Db = Pick<PrismaClient, "tool" | "capabilityTag">;

type ToolRow = Prisma.ToolGetPayload<{ include: typeof toolInclude }>;

function toToolSeed(tool: ToolRow): ToolSeed {
  return canonicalToolSeed({
    slug: tool.slug,
    ...profileFromRow(tool),
    capabilities: tool.capabilities.map(capabilityFromRow),
    prices: tool.prices.map(priceFromRow),
    signals: tool.signals.map(signalFromRow),
  });
}

/** A tool as it stands in the database, in the seed format. */
export async function exportTool(prisma: Db, slug: string): Promise<ToolSeed | null> {
  const tool = await prisma.tool.findUnique({ where: { slug }, include: toolInclude });
  return tool && toToolSeed(tool);
}

export type CatalogueExport = { tags: CapabilityTagInput[]; tools: ToolSeed[] };

/** The whole catalogue in the seed format, in a stable order. */
export async function exportCatalogue(prisma: Db): Promise<CatalogueExport> {
  const tags = await prisma.capabilityTag.findMany({ orderBy: { slug: "asc" } });
  // One query, so it also runs inside a transaction (one connection) without queueing.
  const tools = await prisma.tool.findMany({ include: toolInclude, orderBy: { slug: "asc" } });
  return { tags: tags.map(canonicalTag), tools: tools.map(toToolSeed) };
}
