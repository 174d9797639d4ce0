import { dateColumn, isoDate } from "@/lib/dates";
import { canonicalDecimal } from "@/lib/decimal";
import type { CapabilityInput, PricePointInput, ScoreSignalInput, ToolProfileInput } from "@/lib/schemas/tool";

/** A tool's profile fields apart from its slug, in the order seed files and exports write them. */
export const PROFILE_FIELDS = ["name", "kind", "vendor", "summary", "website", "sourceRepository", "license", "pricingModel", "freeTier"] as const;

export type ToolProfile = Omit<ToolProfileInput, "slug">;
type ProfileColumns = Pick<ToolProfile, (typeof PROFILE_FIELDS)[number]> & { lastVerifiedAt: Date };

/** Only the profile fields, in their written order. */
export function pickProfile(source: Pick<ToolProfile, (typeof PROFILE_FIELDS)[number]>) {
  return Object.fromEntries(PROFILE_FIELDS.map((field) => [field, source[field]])) as Pick<ToolProfile, (typeof PROFILE_FIELDS)[number]>;
}

/** The profile as seeds, forms and exports write it (dates as YYYY-MM-DD). */
export function profileFromRow(row: ProfileColumns): ToolProfile {
  return { ...pickProfile(row), lastVerifiedAt: isoDate(row.lastVerifiedAt) };
}

/** The profile as the tool table stores it. */
export function profileToRow(profile: ToolProfile): ProfileColumns {
  return { ...pickProfile(profile), lastVerifiedAt: dateColumn(profile.lastVerifiedAt) };
}

type PriceRow = { label: string; amount: { toFixed(digits: number): string }; currency: string; unit: PricePointInput["unit"]; isStarting: boolean; asOf: Date };
type SignalRow = { kind: ScoreSignalInput["kind"]; value: number; source: string; observedAt: Date; note: string | null };

/** A stored price point as seeds and forms write it. */
export function priceFromRow(price: PriceRow): PricePointInput {
  return { label: price.label, amount: canonicalDecimal(price.amount), currency: price.currency, unit: price.unit, isStarting: price.isStarting, asOf: isoDate(price.asOf) };
}

/** A stored score signal as seeds and forms write it. */
export function signalFromRow(signal: SignalRow): ScoreSignalInput {
  return { kind: signal.kind, value: signal.value, source: signal.source, observedAt: isoDate(signal.observedAt), note: signal.note };
}

type CapabilityRow = { title: string; description: string; unique: string; vsAlternatives: string; taggings: { tag: { slug: string } }[] };

/** A stored capability as seeds and forms write it, tags sorted. */
export function capabilityFromRow(capability: CapabilityRow): CapabilityInput {
  const { title, description, unique, vsAlternatives } = capability;
  return { title, description, unique, vsAlternatives, tags: capability.taggings.map(({ tag }) => tag.slug).sort() };
}
