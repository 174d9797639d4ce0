import type { Prisma } from "@/lib/generated/prisma/client";
import type { CapabilityTagInput, ToolSeed } from "@/lib/schemas/tool";
import { canonicalTag, canonicalToolSeed } from "@/lib/seeds/canonical";
import { exportCatalogue } from "@/lib/seeds/export";
import { diffable, diffRecords, type Diffable, type FieldChange } from "../diff";
import { omit } from "../omit";
import type { CatalogueFile } from "./file-format";
import type { FileProblem } from "./parse-file";

export type PlannedTool = { slug: string; name: string; changes: FieldChange[] };

/** What an import would do, tool by tool and field by field, before anything is written. */
export type ImportPlan = {
  tags: { created: string[]; changed: PlannedTool[] };
  tools: { created: PlannedTool[]; changed: PlannedTool[]; unchanged: string[] };
  /** Tools in the database but not in the file: an import never deletes, so they stay as they are. */
  untouched: string[];
};

/** A seed as the diff compares it: capabilities by position, offers by provider and model id, facts by name, signals by kind. */
function diffableSeed(seed: ToolSeed, published: boolean): Diffable {
  const canonical = canonicalToolSeed(seed);
  const { capabilities, offers, facts, signals } = canonical;
  const profile = omit(canonical, "slug", "capabilities", "offers", "facts", "signals");
  return {
    ...diffable(profile),
    published,
    ...Object.fromEntries(Object.entries(facts).map(([name, entry]) => [`fact ${name}`, diffable(entry!)])),
    ...Object.fromEntries(capabilities.map((capability, index) => [`capability ${index + 1}`, diffable(capability)])),
    ...Object.fromEntries(
      offers.map(({ prices, ...offer }) => [
        `offer ${offer.providerSlug}/${offer.modelId}`,
        { ...diffable(offer), ...Object.fromEntries(prices.map((price, index) => [`price ${index + 1}`, diffable(price)])) },
      ]),
    ),
    ...Object.fromEntries(signals.map(({ kind, ...signal }) => [`signal ${kind}`, diffable(signal)])),
  };
}

/** An offer (provider and its id) belongs to one tool: the same one under two tools is a mistake. */
function duplicateOffers(tools: readonly ToolSeed[]): FileProblem[] {
  const owners = new Map<string, string>();
  const problems: FileProblem[] = [];
  for (const tool of tools) {
    for (const offer of tool.offers) {
      const key = `${offer.providerSlug}/${offer.modelId}`;
      const owner = owners.get(key);
      if (owner && owner !== tool.slug) problems.push({ where: `tools (${tool.slug}).offers`, message: `the offer ${key} is already an offer of ${owner}` });
      owners.set(key, owner ?? tool.slug);
    }
  }
  return problems;
}

const diffableTag = (tag: CapabilityTagInput): Diffable => omit(canonicalTag(tag), "slug");

type Db = Pick<Prisma.TransactionClient, "tool" | "capabilityTag">;

/** Compares the file with the database; unknown capability tags make it unusable (listed as problems). */
export async function planImport(prisma: Db, file: CatalogueFile): Promise<{ plan: ImportPlan; problems: FileProblem[] }> {
  const current = await exportCatalogue(prisma);
  const hidden = new Set((await prisma.tool.findMany({ where: { published: false }, select: { slug: true } })).map((tool) => tool.slug));
  const tagsNow = new Map(current.tags.map((tag) => [tag.slug, tag]));
  const toolsNow = new Map(current.tools.map((tool) => [tool.slug, tool]));
  const fileHidden = new Set(file.unpublished);
  const known = new Set([...tagsNow.keys(), ...file.tags.map((tag) => tag.slug)]);

  const problems: FileProblem[] = file.tools.flatMap((tool) =>
    tool.capabilities.flatMap((capability, index) =>
      capability.tags.filter((tag) => !known.has(tag)).map((tag) => ({ where: `tools (${tool.slug}).capabilities.${index}.tags`, message: `"${tag}" is neither in the file's tags nor in the database` })),
    ),
  );

  problems.push(...duplicateOffers([...current.tools.filter((tool) => !file.tools.some((t) => t.slug === tool.slug)), ...file.tools]));

  const plan: ImportPlan = { tags: { created: [], changed: [] }, tools: { created: [], changed: [], unchanged: [] }, untouched: [] };
  for (const tag of file.tags) {
    const before = tagsNow.get(tag.slug);
    if (!before) plan.tags.created.push(tag.slug);
    else {
      const changes = diffRecords(diffableTag(before), diffableTag(tag));
      if (changes.length) plan.tags.changed.push({ slug: tag.slug, name: tag.name, changes });
    }
  }
  for (const tool of file.tools) {
    const before = toolsNow.get(tool.slug);
    const after = diffableSeed(tool, !fileHidden.has(tool.slug));
    const changes = diffRecords(before ? diffableSeed(before, !hidden.has(tool.slug)) : null, after);
    const entry = { slug: tool.slug, name: tool.name, changes };
    if (!before) plan.tools.created.push(entry);
    else if (changes.length) plan.tools.changed.push(entry);
    else plan.tools.unchanged.push(tool.slug);
  }
  const inFile = new Set(file.tools.map((tool) => tool.slug));
  plan.untouched = [...toolsNow.keys()].filter((slug) => !inFile.has(slug));
  return { plan, problems };
}
