import type { ToolState } from "@/lib/admin/tools/tool-state";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type FieldValue = string | number | boolean | readonly string[] | undefined | null;

/**
 * A FormData as a browser would send it: lists become repeated fields
 * (checkbox groups), true is a ticked checkbox ("on"), false and null are absent.
 */
export function form(fields: Record<string, FieldValue>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === null || value === false) continue;
    const items = value === true ? ["on"] : typeof value === "object" ? value : [String(value)];
    for (const item of items) data.append(name, item);
  }
  return data;
}

/** Which tool, at which version: the hidden fields of every tool form. */
export async function toolRef(prisma: PrismaClient, slug: string): Promise<{ toolId: string; version: string }> {
  const tool = await prisma.tool.findUniqueOrThrow({ where: { slug }, select: { id: true, version: true } });
  return { toolId: String(tool.id), version: String(tool.version) };
}

export const isoToday = () => new Date().toISOString().slice(0, 10);

/** The profile fields of a tool as its form sends them. */
export function profileFields(tool: ToolState): Record<string, FieldValue> {
  const { slug, name, kind, category, vendor, summary, website, sourceRepository, license, pricingModel, freeTier } = tool;
  return { slug, name, kind, category, vendor, summary, website, sourceRepository, license, pricingModel, freeTier };
}
