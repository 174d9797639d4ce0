import { pickProfile } from "@/lib/catalog/profile";
import { FACT_NAMES } from "@/lib/schemas/facts";
import type { CapabilityTagInput, OfferInput, PricePointInput, ScoreSignalInput, SourceInput, ToolSeed } from "@/lib/schemas/tool";

// The one order-and-spelling of a tool seed, so two equal catalogues serialise identically.

const source = (s: SourceInput): SourceInput => ({ url: s.url, date: s.date, checkedAt: s.checkedAt, kind: s.kind, via: s.via });

const price = (p: PricePointInput): PricePointInput => ({
  label: p.label,
  meter: p.meter,
  amount: p.amount,
  currency: p.currency,
  unit: p.unit,
  tierFrom: p.tierFrom,
  batch: p.batch,
  isStarting: p.isStarting,
  validFrom: p.validFrom,
  validTo: p.validTo,
  source: source(p.source),
});

const offer = (o: OfferInput): OfferInput => ({
  provider: o.provider,
  providerSlug: o.providerSlug,
  modelId: o.modelId,
  url: o.url,
  status: o.status && { value: o.status.value, date: o.status.date, source: source(o.status.source) },
  prices: o.prices.map(price),
});

const signal = (s: ScoreSignalInput): ScoreSignalInput => ({ kind: s.kind, value: s.value, rounded: s.rounded, note: s.note, source: source(s.source) });

export function canonicalToolSeed(tool: ToolSeed): ToolSeed {
  const facts = Object.fromEntries(FACT_NAMES.flatMap((name) => (tool.facts[name] ? [[name, { value: tool.facts[name]!.value, source: source(tool.facts[name]!.source) }]] : [])));
  return {
    slug: tool.slug,
    ...pickProfile(tool),
    status: { value: tool.status.value, date: tool.status.date, successor: tool.status.successor, source: source(tool.status.source) },
    facts,
    capabilities: tool.capabilities.map((capability) => ({
      title: capability.title,
      description: capability.description,
      unique: capability.unique,
      vsAlternatives: capability.vsAlternatives,
      tags: [...new Set(capability.tags)].sort(),
      sources: capability.sources,
    })),
    offers: tool.offers.map(offer),
    signals: [...tool.signals].sort((a, b) => a.kind.localeCompare(b.kind)).map(signal),
  };
}

export function canonicalTag(tag: CapabilityTagInput): CapabilityTagInput {
  return { slug: tag.slug, name: tag.name, definition: tag.definition };
}

export function sameSeed(a: ToolSeed, b: ToolSeed): boolean {
  return JSON.stringify(canonicalToolSeed(a)) === JSON.stringify(canonicalToolSeed(b));
}
