import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { OfferInput, ToolSeed } from "@/lib/schemas/tool";
import { toolSeedInclude, toToolSeed } from "@/lib/seeds/export";
import { modelKey } from "./model-key";
import { canonicalProvider } from "./providers";

// The catalogue as the sync compares it: every tool in the seed format,
// indexed by (provider, model id) of its offers and by the normalised model
// key of its slug and model ids (models only: an app named like a model is not one).

export type CatalogueIndex = {
  tools: ToolSeed[];
  slugs: Set<string>;
  offerAt: (provider: string, modelId: string) => { tool: ToolSeed; offer: OfferInput } | undefined;
  toolWithKey: (key: string) => ToolSeed | undefined;
};

export async function loadCatalogue(prisma: Pick<PrismaClient, "tool">): Promise<ToolSeed[]> {
  const rows = await prisma.tool.findMany({ include: toolSeedInclude, orderBy: { slug: "asc" } });
  return rows.map(toToolSeed);
}

const offerKey = (provider: string, modelId: string) => `${canonicalProvider(provider)}|${modelId.toLowerCase()}`;

export function indexCatalogue(tools: readonly ToolSeed[]): CatalogueIndex {
  const offers = new Map<string, { tool: ToolSeed; offer: OfferInput }>();
  const byKey = new Map<string, ToolSeed | null>();
  for (const tool of tools) {
    for (const offer of tool.offers) offers.set(offerKey(offer.providerSlug, offer.modelId), { tool, offer });
    if (tool.kind !== "model") continue;
    const keys = new Set([modelKey(tool.slug), ...tool.offers.map((offer) => modelKey(offer.modelId))]);
    // A key two tools share names neither for certain: it matches nothing.
    for (const key of keys) byKey.set(key, byKey.has(key) && byKey.get(key) !== tool ? null : tool);
  }
  return {
    tools: [...tools],
    slugs: new Set(tools.map((tool) => tool.slug)),
    offerAt: (provider, modelId) => offers.get(offerKey(provider, modelId)),
    toolWithKey: (key) => byKey.get(key) ?? undefined,
  };
}
