import { isoDate } from "@/lib/dates";
import { factsFromRows, offerFromRow, priceFromRow, signalFromRow } from "@/lib/catalog/fact-rows";
import { capabilityFromRow, profileFromRow, statusFromRow, type ToolProfile } from "@/lib/catalog/profile";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FactsInput } from "@/lib/schemas/facts";
import type { CapabilityInput, OfferInput, PricePointInput, ScoreSignalInput, ToolStatusInput } from "@/lib/schemas/tool";
import { diffable, type Diffable } from "../diff";
import { omit } from "../omit";

export type Tx = Prisma.TransactionClient;

export type CapabilityState = CapabilityInput & { id: number };
export type PriceState = PricePointInput & { id: number };
export type OfferState = Omit<OfferInput, "prices"> & { id: number; prices: PriceState[] };
export type SignalState = ScoreSignalInput & { id: number };

/** A tool as the admin edits it: every field a public page shows, with the ids of its parts. */
export type ToolState = ToolProfile & {
  id: number;
  slug: string;
  version: number;
  published: boolean;
  lastVerifiedAt: string;
  status: ToolStatusInput;
  facts: FactsInput;
  capabilities: CapabilityState[];
  offers: OfferState[];
  signals: SignalState[];
};

const include = {
  successor: { select: { slug: true } },
  capabilities: { where: { derived: false }, orderBy: [{ position: "asc" }, { id: "asc" }], include: { taggings: { include: { tag: { select: { slug: true } } } } } },
  offers: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { prices: { orderBy: [{ position: "asc" }, { id: "asc" }] } } },
  facts: true,
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
    lastVerifiedAt: isoDate(tool.lastVerifiedAt),
    status: statusFromRow(tool),
    facts: factsFromRows(tool.facts),
    capabilities: tool.capabilities.map((capability) => ({ id: capability.id, ...capabilityFromRow(capability) })),
    offers: tool.offers.map((offer) => ({ id: offer.id, ...offerFromRow(offer), prices: offer.prices.map((price) => ({ id: price.id, ...priceFromRow(price) })) })),
    signals: tool.signals.map((signal) => ({ id: signal.id, ...signalFromRow(signal) })),
  };
}

const withoutId = <T extends { id: number }>({ id: _id, ...rest }: T) => rest;

/** The tool in the seed format, so the seed schema and the data checks can judge the whole of it after an edit. */
export function toSeedInput(tool: ToolState) {
  const { capabilities, offers, signals } = tool;
  return {
    ...omit(tool, "id", "version", "published", "lastVerifiedAt", "capabilities", "offers", "signals"),
    capabilities: capabilities.map(withoutId),
    offers: offers.map((offer) => ({ ...withoutId(offer), prices: offer.prices.map(withoutId) })),
    signals: signals.map(withoutId),
  };
}

/**
 * The tool as the audit log compares it: parts keyed by their id (so editing
 * one capability is one change, not a shift of all that follow) and the
 * order of capabilities as a list of titles.
 */
export function diffableTool(tool: ToolState): Diffable {
  const { capabilities, offers, signals, facts, status } = tool;
  const profile = omit(tool, "id", "version", "capabilities", "offers", "signals", "facts", "status");
  const keyed = <T extends { id: number }>(items: T[], label: (item: T) => string, pick: (item: T) => Diffable) =>
    Object.fromEntries(items.map((item) => [label(item), pick(item)]));
  return {
    ...profile,
    status: diffable(status),
    ...Object.fromEntries(Object.entries(facts).map(([name, entry]) => [`fact ${name}`, diffable(entry!)])),
    ...keyed(capabilities, (c) => `capability #${c.id}`, (c) => diffable(withoutId(c))),
    "capability order": capabilities.map((capability) => capability.title),
    ...keyed(offers, (o) => `offer #${o.id}`, ({ prices: _p, ...offer }) => diffable(withoutId(offer))),
    ...keyed(offers.flatMap((o) => o.prices), (p) => `price #${p.id}`, (p) => diffable(withoutId(p))),
    ...Object.fromEntries(signals.map((signal) => [`signal ${signal.kind}`, diffable(withoutId(signal))])),
  };
}
