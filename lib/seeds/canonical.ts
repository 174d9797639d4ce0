import { pickProfile } from "@/lib/catalog/profile";
import type { CapabilityTagInput, ToolSeed } from "@/lib/schemas/tool";

/** The one order-and-spelling of a tool seed, so two equal catalogues serialise identically. */
export function canonicalToolSeed(tool: ToolSeed): ToolSeed {
  return {
    slug: tool.slug,
    ...pickProfile(tool),
    lastVerifiedAt: tool.lastVerifiedAt,
    capabilities: tool.capabilities.map((capability) => ({
      title: capability.title,
      description: capability.description,
      unique: capability.unique,
      vsAlternatives: capability.vsAlternatives,
      tags: [...new Set(capability.tags)].sort(),
    })),
    prices: tool.prices.map((price) => ({
      label: price.label,
      amount: price.amount,
      currency: price.currency,
      unit: price.unit,
      isStarting: price.isStarting,
      asOf: price.asOf,
    })),
    signals: [...tool.signals]
      .sort((a, b) => a.kind.localeCompare(b.kind))
      .map((signal) => ({ kind: signal.kind, value: signal.value, source: signal.source, observedAt: signal.observedAt, note: signal.note })),
  };
}

export function canonicalTag(tag: CapabilityTagInput): CapabilityTagInput {
  return { slug: tag.slug, name: tag.name, definition: tag.definition };
}

export function sameSeed(a: ToolSeed, b: ToolSeed): boolean {
  return JSON.stringify(canonicalToolSeed(a)) === JSON.stringify(canonicalToolSeed(b));
}
