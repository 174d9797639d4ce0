import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { profileToRow } from "@/lib/catalog/profile";
import { dateColumn } from "@/lib/dates";
import type { CapabilityTagInput, ToolSeed } from "@/lib/schemas/tool";
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

/** Replaces a tool's capabilities, prices and signals with the given ones. */
export async function writeToolChildren(tx: Tx, toolId: number, tool: ToolSeed, tagIds: Map<string, number>): Promise<void> {
  await tx.capability.deleteMany({ where: { toolId } });
  await tx.pricePoint.deleteMany({ where: { toolId } });
  await tx.scoreSignal.deleteMany({ where: { toolId } });
  for (const [position, capability] of tool.capabilities.entries()) {
    await tx.capability.create({
      data: {
        toolId,
        position,
        title: capability.title,
        description: capability.description,
        unique: capability.unique,
        vsAlternatives: capability.vsAlternatives,
        taggings: {
          create: [...new Set(capability.tags)].map((slug) => {
            const tagId = tagIds.get(slug);
            if (tagId === undefined) throw new Error(`${tool.slug}: unknown capability tag "${slug}"`);
            return { tagId };
          }),
        },
      },
    });
  }
  await tx.pricePoint.createMany({
    data: tool.prices.map((price, position) => ({ ...price, toolId, position, asOf: dateColumn(price.asOf) })),
  });
  await tx.scoreSignal.createMany({
    data: tool.signals.map((signal) => ({ ...signal, toolId, observedAt: dateColumn(signal.observedAt) })),
  });
}

/** Creates or brings one tool up to date with its seed; returns what happened. */
export async function applyToolSeed(tx: Tx, tool: ToolSeed, tagIds: Map<string, number>): Promise<"created" | "updated" | "unchanged"> {
  const current = await exportTool(tx, tool.slug);
  if (current && sameSeed(current, tool)) return "unchanged";
  const saved = current
    ? await tx.tool.update({ where: { slug: tool.slug }, data: { ...profileToRow(tool), version: { increment: 1 } } })
    : await tx.tool.create({ data: { slug: tool.slug, ...profileToRow(tool) } });
  await writeToolChildren(tx, saved.id, tool, tagIds);
  return current ? "updated" : "created";
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
      return result;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
