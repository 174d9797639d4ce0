import { slugify } from "@/lib/slug";
import type { OfferInput, ToolSeed } from "@/lib/schemas/tool";
import type { CatalogueIndex } from "./catalogue";
import { modelKey } from "./model-key";
import { canonicalProvider, ownVendor } from "./providers";
import type { SourceOffer } from "./types";

// Where each entry of a dataset lands in the catalogue: an offer it already
// has (same provider and model id, or same provider and model key), a new
// offer of a known model, or a new model (only from the lab's own listing).

export type Target =
  | { kind: "offer"; tool: ToolSeed; offer: OfferInput }
  | { kind: "new-offer"; tool: ToolSeed }
  | { kind: "new-tool"; slug: string; vendor: string };

export type Match = { target: Target; entry: SourceOffer };

/** A plain model id: a new model is never made from a fine-tune template ("ft:gpt-4o") or a router's variant ("x:free"). */
const PLAIN_ID = /^[a-z0-9](?:[a-z0-9./-]*[a-z0-9])?$/i;

function targetOf(index: CatalogueIndex, entry: SourceOffer): { target: Target; exact: boolean } | null {
  const exact = index.offerAt(entry.provider, entry.modelId);
  if (exact) return { target: { kind: "offer", ...exact }, exact: true };
  const key = modelKey(entry.modelId);
  const tool = index.toolWithKey(key);
  if (tool) {
    const fromProvider = tool.offers.filter((offer) => canonicalProvider(offer.providerSlug) === entry.provider);
    const offer = fromProvider.find((candidate) => modelKey(candidate.modelId) === key) ?? fromProvider[0];
    return { target: offer ? { kind: "offer", tool, offer } : { kind: "new-offer", tool }, exact: false };
  }
  const vendor = ownVendor(entry.provider, entry.modelId);
  const slug = slugify(key);
  if (!vendor || entry.deprecated || !PLAIN_ID.test(entry.modelId) || !slug || index.slugs.has(slug)) return null;
  return { target: { kind: "new-tool", slug, vendor }, exact: false };
}

function targetId(target: Target, provider: string): string {
  switch (target.kind) {
    case "offer":
      return `offer:${target.tool.slug}|${target.offer.providerSlug}|${target.offer.modelId}`;
    case "new-offer":
      return `new-offer:${target.tool.slug}|${provider}`;
    case "new-tool":
      return `new-tool:${target.slug}`;
  }
}

/** Of several entries for one target, the exact one, else the plainest id (the undated alias): "gpt-4o" before "gpt-4o-2024-05-13". */
const better = (a: { entry: SourceOffer; exact: boolean }, b: { entry: SourceOffer; exact: boolean }) =>
  Number(b.exact) - Number(a.exact) || a.entry.modelId.length - b.entry.modelId.length || a.entry.modelId.localeCompare(b.entry.modelId);

/** One match per target, so a dataset listing a model under several ids proposes it once. */
export function matchEntries(index: CatalogueIndex, entries: readonly SourceOffer[]): Match[] {
  const best = new Map<string, { target: Target; entry: SourceOffer; exact: boolean }>();
  for (const entry of entries) {
    const found = targetOf(index, entry);
    if (!found) continue;
    const id = targetId(found.target, entry.provider);
    const current = best.get(id);
    if (!current || better({ entry, exact: found.exact }, current) < 0) best.set(id, { ...found, entry });
  }
  return [...best.values()].map(({ target, entry }) => ({ target, entry }));
}
