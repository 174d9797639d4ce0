import { createHash } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { capabilityTagSchema, slugSchema, type ToolSeed } from "@/lib/schemas/tool";
import { canonicalTag, canonicalToolSeed } from "@/lib/seeds/canonical";
import { exportCatalogue } from "@/lib/seeds/export";

/**
 * The catalogue as one JSON file: `tags` is capability-tags.json, `tools` the
 * files of seeds/tools (the seed format, validated by the same schemas), and
 * `unpublished` the slugs of tools hidden from the public pages.
 */
export const CATALOGUE_FORMAT = "toolmatch-catalogue/1";

/** The file's outline; each tool is then validated with the seed schema (see parse-file.ts). */
export const catalogueEnvelopeSchema = z.object({
  format: z.literal(CATALOGUE_FORMAT, { error: `must be "${CATALOGUE_FORMAT}" (a file exported from /admin/export)` }),
  tags: z.array(capabilityTagSchema),
  tools: z.array(z.unknown()),
  unpublished: z.array(slugSchema).default([]),
});

export type CatalogueFile = Omit<z.infer<typeof catalogueEnvelopeSchema>, "tools"> & { tools: ToolSeed[] };

/** One spelling for one catalogue: canonical entries, sorted by slug, two-space JSON and a final newline. */
export function serializeCatalogue(file: CatalogueFile): string {
  const ordered = {
    format: CATALOGUE_FORMAT,
    tags: file.tags.map(canonicalTag).sort((a, b) => a.slug.localeCompare(b.slug)),
    tools: file.tools.map(canonicalToolSeed).sort((a, b) => a.slug.localeCompare(b.slug)),
    unpublished: [...new Set(file.unpublished)].sort(),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

type Db = Pick<PrismaClient, "tool" | "capabilityTag">;

/** The whole catalogue, published or not, as the export file's text. */
export async function exportCatalogueFile(prisma: Db): Promise<string> {
  const { tags, tools } = await exportCatalogue(prisma);
  const hidden = await prisma.tool.findMany({ where: { published: false }, select: { slug: true } });
  return serializeCatalogue({ format: CATALOGUE_FORMAT, tags, tools, unpublished: hidden.map((tool) => tool.slug) });
}

/** Identifies the catalogue's state: an import applies only to the state its preview was made from. */
export const fingerprint = (text: string) => createHash("sha256").update(text).digest("hex");
