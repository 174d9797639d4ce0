import { capabilityFromRow, priceFromRow, profileFromRow, signalFromRow } from "@/lib/catalog/profile";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PriceUnit, PricingModel, SignalKind, ToolKind } from "@/lib/schemas/enums";
import type { Diffable } from "../diff";
import { omit } from "../omit";

export type Tx = Prisma.TransactionClient;

export type CapabilityState = { id: number; title: string; description: string; unique: string; vsAlternatives: string; tags: string[] };
export type PriceState = { id: number; label: string; amount: string; currency: string; unit: PriceUnit; isStarting: boolean; asOf: string };
export type SignalState = { id: number; kind: SignalKind; value: number; source: string; observedAt: string; note: string | null };

/** A tool as the admin edits it: every field a public page shows, with the ids of its parts. */
export type ToolState = {
  id: number;
  slug: string;
  version: number;
  published: boolean;
  name: string;
  kind: ToolKind;
  vendor: string;
  summary: string;
  website: string;
  sourceRepository: string | null;
  license: string | null;
  pricingModel: PricingModel;
  freeTier: boolean;
  lastVerifiedAt: string;
  capabilities: CapabilityState[];
  prices: PriceState[];
  signals: SignalState[];
};

const include = {
  capabilities: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { taggings: { include: { tag: { select: { slug: true } } } } } },
  prices: { orderBy: [{ position: "asc" }, { id: "asc" }] },
  signals: { orderBy: { kind: "asc" } },
} satisfies Prisma.ToolInclude;

export async function loadToolState(tx: Tx, where: { id: number } | { slug: string }): Promise<ToolState | null> {
  const tool = await tx.tool.findUnique({ where, include });
  if (!tool) return null;
  return {
    id: tool.id,
    slug: tool.slug,
    version: tool.version,
    published: tool.published,
    ...profileFromRow(tool),
    capabilities: tool.capabilities.map((capability) => ({ id: capability.id, ...capabilityFromRow(capability) })),
    prices: tool.prices.map((price) => ({ id: price.id, ...priceFromRow(price) })),
    signals: tool.signals.map((signal) => ({ id: signal.id, ...signalFromRow(signal) })),
  };
}

/** The tool in the seed format, so the seed schema can judge the whole of it after an edit. */
export function toSeedInput(tool: ToolState) {
  const { capabilities, prices, signals } = tool;
  const profile = omit(tool, "id", "version", "published", "capabilities", "prices", "signals");
  return {
    ...profile,
    capabilities: capabilities.map(({ id: _capabilityId, ...capability }) => capability),
    prices: prices.map(({ id: _priceId, ...price }) => price),
    signals: signals.map(({ id: _signalId, ...signal }) => signal),
  };
}

/**
 * The tool as the audit log compares it: parts keyed by their id (so editing
 * one capability is one change, not a shift of all that follow) and the
 * order of capabilities and prices as lists of titles.
 */
export function diffableTool(tool: ToolState): Diffable {
  const { capabilities, prices, signals } = tool;
  const profile = omit(tool, "id", "version", "capabilities", "prices", "signals");
  const keyed = <T extends { id: number }>(items: T[], label: string, pick: (item: T) => Diffable) =>
    Object.fromEntries(items.map((item) => [`${label} #${item.id}`, pick(item)]));
  return {
    ...profile,
    ...keyed(capabilities, "capability", ({ id: _i, ...capability }) => capability),
    "capability order": capabilities.map((capability) => capability.title),
    ...keyed(prices, "price", ({ id: _i, ...price }) => price),
    "price order": prices.map((price) => price.label),
    ...Object.fromEntries(signals.map(({ id: _i, kind, ...signal }) => [`signal ${kind}`, signal])),
  };
}
