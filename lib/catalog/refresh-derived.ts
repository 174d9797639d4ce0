import type { Prisma } from "@/lib/generated/prisma/client";
import { categoryFromRow } from "@/lib/schemas/enums";
import type { CapabilityInput } from "@/lib/schemas/tool";
import { deriveCapabilities, type DerivableTool } from "./derived";
import { factsFromRows, offerFromRow } from "./fact-rows";

type Tx = Prisma.TransactionClient;

const same = (a: readonly CapabilityInput[], b: readonly CapabilityInput[]) => JSON.stringify(a) === JSON.stringify(b);

async function loadCatalogue(tx: Tx) {
  return tx.tool.findMany({
    select: {
      id: true,
      slug: true,
      name: true,
      category: true,
      status: true,
      published: true,
      facts: true,
      offers: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { prices: { orderBy: [{ position: "asc" }, { id: "asc" }] } } },
      capabilities: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { taggings: { include: { tag: { select: { slug: true } } } } } },
    },
    orderBy: { id: "asc" },
  });
}

type Row = Awaited<ReturnType<typeof loadCatalogue>>[number];

const derivable = (row: Row): DerivableTool => ({
  slug: row.slug,
  name: row.name,
  category: categoryFromRow(row.category),
  status: { value: row.status },
  facts: factsFromRows(row.facts),
  offers: row.offers.map(offerFromRow),
});

const storedDerived = (row: Row): CapabilityInput[] =>
  row.capabilities
    .filter((c) => c.derived)
    .map((c) => ({ title: c.title, description: c.description, unique: c.unique, vsAlternatives: c.vsAlternatives, tags: c.taggings.map(({ tag }) => tag.slug).sort(), sources: c.sources }));

/**
 * Rewrites the derived capabilities of every tool that has no hand-written
 * ones, from its facts and the published catalogue; removes them from tools
 * that gained hand-written ones. Returns the slugs whose capabilities changed.
 */
export async function refreshDerivedCapabilities(tx: Tx): Promise<string[]> {
  const rows = await loadCatalogue(tx);
  const catalogue = rows.filter((row) => row.published).map(derivable);
  const tagIds = new Map((await tx.capabilityTag.findMany({ select: { id: true, slug: true } })).map((tag) => [tag.slug, tag.id]));
  const changed: string[] = [];
  for (const row of rows) {
    const handWritten = row.capabilities.some((c) => !c.derived);
    const next = handWritten ? [] : deriveCapabilities(derivable(row), catalogue).map((c) => ({ ...c, tags: c.tags.filter((tag) => tagIds.has(tag)).sort() }));
    if (same(storedDerived(row), next)) continue;
    await tx.capability.deleteMany({ where: { toolId: row.id, derived: true } });
    for (const [position, { tags, ...texts }] of next.entries()) {
      await tx.capability.create({ data: { ...texts, toolId: row.id, position, derived: true, taggings: { create: tags.map((tag) => ({ tagId: tagIds.get(tag)! })) } } });
    }
    changed.push(row.slug);
  }
  return changed;
}
