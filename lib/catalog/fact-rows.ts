import { dateColumn, isoDate } from "@/lib/dates";
import { canonicalDecimal } from "@/lib/decimal";
import type { Evidence, LifecycleStatus, PriceMeter, PriceUnit, SignalKind } from "@/lib/schemas/enums";
import { FACT_KEYS, factNameOfKey, type FactName, type FactsInput } from "@/lib/schemas/facts";
import type { OfferInput, OfferStatusInput, PricePointInput, ScoreSignalInput, SourceInput } from "@/lib/schemas/tool";
import type { $Enums } from "@/lib/generated/prisma/client";

// The one mapping between the seed format (dates as YYYY-MM-DD, a `source`
// object on every fact) and the rows that store it (date columns, the source
// spread over columns). Seeds, exports, the admin and sync all go through it.

export type SourceColumns = { sourceUrl: string; sourceDate: Date; checkedAt: Date; evidence: Evidence; via: string | null };

export function sourceFromColumns(row: SourceColumns): SourceInput {
  return { url: row.sourceUrl, date: isoDate(row.sourceDate), checkedAt: isoDate(row.checkedAt), kind: row.evidence, via: row.via };
}

export function sourceToColumns(source: SourceInput): SourceColumns {
  return { sourceUrl: source.url, sourceDate: dateColumn(source.date), checkedAt: dateColumn(source.checkedAt), evidence: source.kind, via: source.via };
}

export type PriceRow = SourceColumns & {
  label: string;
  meter: PriceMeter;
  amount: { toFixed(digits: number): string };
  currency: string;
  unit: PriceUnit;
  tierFrom: number | null;
  batch: boolean;
  isStarting: boolean;
  validFrom: Date;
  validTo: Date | null;
};

export function priceFromRow(price: PriceRow): PricePointInput {
  return {
    label: price.label,
    meter: price.meter,
    amount: canonicalDecimal(price.amount),
    currency: price.currency,
    unit: price.unit,
    tierFrom: price.tierFrom,
    batch: price.batch,
    isStarting: price.isStarting,
    validFrom: isoDate(price.validFrom),
    validTo: price.validTo && isoDate(price.validTo),
    source: sourceFromColumns(price),
  };
}

export function priceToRow(price: PricePointInput) {
  const { source, validFrom, validTo, ...rest } = price;
  return { ...rest, validFrom: dateColumn(validFrom), validTo: validTo === null ? null : dateColumn(validTo), ...sourceToColumns(source) };
}

type OfferStatusColumns = {
  status: LifecycleStatus | null;
  statusDate: Date | null;
  statusSourceUrl: string | null;
  statusSourceDate: Date | null;
  statusCheckedAt: Date | null;
  statusEvidence: Evidence | null;
  statusVia: string | null;
};
export type OfferRow = OfferStatusColumns & { provider: string; providerSlug: string; modelId: string; url: string | null; prices: PriceRow[] };

function offerStatusFromRow(row: OfferStatusColumns): OfferStatusInput | null {
  if (!row.status || !row.statusSourceUrl || !row.statusSourceDate || !row.statusCheckedAt || !row.statusEvidence) return null;
  const source = sourceFromColumns({ sourceUrl: row.statusSourceUrl, sourceDate: row.statusSourceDate, checkedAt: row.statusCheckedAt, evidence: row.statusEvidence, via: row.statusVia });
  return { value: row.status, date: row.statusDate && isoDate(row.statusDate), source };
}

export function offerStatusToRow(status: OfferStatusInput | null): OfferStatusColumns {
  if (!status) return { status: null, statusDate: null, statusSourceUrl: null, statusSourceDate: null, statusCheckedAt: null, statusEvidence: null, statusVia: null };
  const source = sourceToColumns(status.source);
  return {
    status: status.value,
    statusDate: status.date === null ? null : dateColumn(status.date),
    statusSourceUrl: source.sourceUrl,
    statusSourceDate: source.sourceDate,
    statusCheckedAt: source.checkedAt,
    statusEvidence: source.evidence,
    statusVia: source.via,
  };
}

export function offerFromRow(offer: OfferRow): OfferInput {
  return { provider: offer.provider, providerSlug: offer.providerSlug, modelId: offer.modelId, url: offer.url, status: offerStatusFromRow(offer), prices: offer.prices.map(priceFromRow) };
}

export type SignalRow = SourceColumns & { kind: SignalKind; value: number; rounded: boolean; note: string | null };

export function signalFromRow(signal: SignalRow): ScoreSignalInput {
  return { kind: signal.kind, value: signal.value, rounded: signal.rounded, note: signal.note, source: sourceFromColumns(signal) };
}

export function signalToRow(signal: ScoreSignalInput) {
  const { source, ...rest } = signal;
  return { ...rest, ...sourceToColumns(source) };
}

export type FactRow = SourceColumns & { key: $Enums.FactKey; value: unknown };

/** Stored facts as the seed format's `facts` object (keys in their fixed order). */
export function factsFromRows(rows: readonly FactRow[]): FactsInput {
  const byName = new Map(rows.map((row) => [factNameOfKey(row.key), row]));
  const facts: Record<string, unknown> = {};
  for (const name of Object.keys(FACT_KEYS) as FactName[]) {
    const row = byName.get(name);
    if (row) facts[name] = { value: row.value, source: sourceFromColumns(row) };
  }
  return facts as FactsInput;
}

export function factsToRows(facts: FactsInput) {
  return (Object.keys(FACT_KEYS) as FactName[]).flatMap((name) => {
    const entry = facts[name];
    return entry ? [{ key: FACT_KEYS[name], value: entry.value, ...sourceToColumns(entry.source) }] : [];
  });
}
