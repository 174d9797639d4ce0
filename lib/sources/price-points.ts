import type { PriceMeter, PriceUnit } from "@/lib/schemas/enums";
import type { PricePointInput, SourceInput } from "@/lib/schemas/tool";
import type { SourcePrice, TokenMeter } from "./types";

// A dataset's token price as the catalogue's price point, and the rule for
// which catalogue price a dataset's price is about.

const LABELS: Record<PriceMeter, string> = { input: "Input tokens", output: "Output tokens", cached_input: "Cached input tokens", cache_write: "Cache write tokens", other: "Price" };
const TOKEN_UNITS = new Set<PriceUnit>(["per_1m_input_tokens", "per_1m_output_tokens", "per_1m_tokens"]);

export const unitOf = (meter: TokenMeter): PriceUnit => (meter === "output" ? "per_1m_output_tokens" : "per_1m_input_tokens");

export function priceLabel(price: { meter: PriceMeter; tierFrom: number | null; batch: boolean }): string {
  const tier = price.tierFrom === null ? "" : ` (prompts over ${price.tierFrom.toLocaleString("en-US")} tokens)`;
  return `${price.batch ? "Batch " : ""}${LABELS[price.meter]}${tier}`;
}

/** The catalogue's price in force that a dataset's price is about: same meter, tier and mode, a USD token price. */
export function samePricePoint(price: { meter: PriceMeter; tierFrom: number | null; batch: boolean }) {
  return (point: PricePointInput) =>
    point.validTo === null && point.meter === price.meter && point.tierFrom === price.tierFrom && point.batch === price.batch && point.currency === "USD" && TOKEN_UNITS.has(point.unit);
}

export const sameAmount = (a: string, b: string) => Number(a) === Number(b);

/** The price point a dataset's price becomes, in force from `validFrom`; a price it replaces keeps its label and unit. */
export function toPricePoint(price: SourcePrice, validFrom: string, source: SourceInput, isStarting: boolean, replaces?: Pick<PricePointInput, "label" | "unit">): PricePointInput {
  const { label, unit } = replaces ?? { label: priceLabel(price), unit: unitOf(price.meter) };
  return { label, meter: price.meter, amount: price.amount, currency: "USD", unit, tierFrom: price.tierFrom, batch: price.batch, isStarting, validFrom, validTo: null, source };
}

/** The price that starts a new offer: its base input price, when the tool has no starting price in force. */
export const isStartingCandidate = (price: SourcePrice) => price.meter === "input" && price.tierFrom === null && !price.batch;

export const hasStartingPrice = (offers: readonly { prices: readonly PricePointInput[] }[]) => offers.some((offer) => offer.prices.some((p) => p.isStarting && p.validTo === null));
