import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { factsToRows, offerStatusToRow, priceToRow, signalToRow } from "@/lib/catalog/fact-rows";
import { refreshLastVerified } from "@/lib/catalog/last-verified";
import { profileToRow, statusToRow } from "@/lib/catalog/profile";
import { dateColumn } from "@/lib/dates";
import type { CapabilityTagInput, OfferInput, ToolSeed } from "@/lib/schemas/tool";
import { canonicalTag, sameSeed } from "./canonical";
import { exportTool } from "./export";

export type SeedResult = { created: string[]; updated: string[]; unchanged: string[]; tagsChanged: number };

type Tx = Prisma.TransactionClient;

export async function upsertTags(tx: Tx, tags: readonly CapabilityTagInput[]): Promise<number> {
  const existing = new Map((await tx.capabilityTag.findMany()).map((tag) => [tag.slug, canonicalTag(tag)]));
  let changed = 0;
  for (const tag of tags) {
    const current = existing.get(tag.slug);
    if (current && JSON.stringify(current) === JSON.stringify(canonicalTag(tag))) continue;
    await tx.capabilityTag.upsert({ where: { slug: tag.slug }, create: tag, update: { name: tag.name, definition: tag.definition } });
    changed++;
  }
  return changed;
}

async function writeOffers(tx: Tx, toolId: number, offers: readonly OfferInput[]): Promise<void> {
  await tx.offer.deleteMany({ where: { toolId } });
  for (const [position, offer] of offers.entries()) {
    const { prices, status, ...columns } = offer;
    const saved = await tx.offer.create({ data: { ...columns, ...offerStatusToRow(status), toolId, position } });
    await tx.pricePoint.createMany({ data: prices.map((price, index) => ({ ...priceToRow(price), toolId, offerId: saved.id, position: index })) });
  }
}

/** Replaces a tool's hand-written capabilities, offers, facts and signals with the given ones. */
export async function writeToolChildren(tx: Tx, toolId: number, tool: ToolSeed, tagIds: Map<string, number>): Promise<void> {
  await tx.capability.deleteMany({ where: { toolId, derived: false } });
  await tx.toolFact.deleteMany({ where: { toolId } });
  await tx.scoreSignal.deleteMany({ where: { toolId } });
  // Two statements for all capabilities and their tags (each statement also refreshes the tool's search document once).
  const capabilities = await tx.capability.createManyAndReturn({
    data: tool.capabilities.map(({ tags: _tags, ...texts }, position) => ({ toolId, position, ...texts })),
    select: { id: true, position: true },
  });
  await tx.capabilityTagging.createMany({
    data: capabilities.flatMap(({ id, position }) =>
      [...new Set(tool.capabilities[position]!.tags)].map((slug) => {
        const tagId = tagIds.get(slug);
        if (tagId === undefined) throw new Error(`${tool.slug}: unknown capability tag "${slug}"`);
        return { capabilityId: id, tagId };
      }),
    ),
  });
  await writeOffers(tx, toolId, tool.offers);
  await tx.toolFact.createMany({ data: factsToRows(tool.facts).map((fact) => ({ ...fact, toolId })) });
  await tx.scoreSignal.createMany({ data: tool.signals.map((signal) => ({ ...signalToRow(signal), toolId })) });
}

/** The tool's own columns from its seed; the successor is linked once every tool exists. */
function toolColumns(tool: ToolSeed) {
  return { ...profileToRow(tool), ...statusToRow(tool.status), lastVerifiedAt: dateColumn(tool.status.source.checkedAt) };
}

/** Creates or brings one tool up to date with its seed; returns what happened. */
export async function applyToolSeed(tx: Tx, tool: ToolSeed, tagIds: Map<string, number>): Promise<"created" | "updated" | "unchanged"> {
  const current = await exportTool(tx, tool.slug);
  if (current && sameSeed(current, tool)) return "unchanged";
  const saved = current
    ? await tx.tool.update({ where: { slug: tool.slug }, data: { ...toolColumns(tool), version: { increment: 1 } } })
    : await tx.tool.create({ data: { slug: tool.slug, ...toolColumns(tool) } });
  await writeToolChildren(tx, saved.id, tool, tagIds);
  await refreshLastVerified(tx, [saved.id]);
  return current ? "updated" : "created";
}

/** Points each tool at its successor by slug; refuses a successor that is not in the catalogue. */
export async function linkSuccessors(tx: Tx, tools: readonly Pick<ToolSeed, "slug" | "status">[]): Promise<void> {
  const rows = await tx.tool.findMany({ select: { id: true, slug: true, successorId: true } });
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  for (const tool of tools) {
    const successor = tool.status.successor;
    const successorId = successor === null ? null : bySlug.get(successor)?.id;
    if (successorId === undefined) throw new Error(`${tool.slug}: successor "${successor}" is not in the catalogue`);
    if (bySlug.get(tool.slug)?.successorId !== successorId) await tx.tool.update({ where: { slug: tool.slug }, data: { successorId } });
  }
}

/**
 * Loads a catalogue idempotently, all or nothing: tools equal to their seed
 * are left untouched (no write, no version bump), so a second run changes nothing.
 */
export async function applyCatalogue(prisma: PrismaClient, tags: readonly CapabilityTagInput[], tools: readonly ToolSeed[]): Promise<SeedResult> {
  return prisma.$transaction(
    async (tx) => {
      const tagsChanged = await upsertTags(tx, tags);
      const tagIds = new Map((await tx.capabilityTag.findMany({ select: { id: true, slug: true } })).map((tag) => [tag.slug, tag.id]));
      const result: SeedResult = { created: [], updated: [], unchanged: [], tagsChanged };
      for (const tool of tools) result[await applyToolSeed(tx, tool, tagIds)].push(tool.slug);
      await linkSuccessors(tx, tools);
      return result;
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
