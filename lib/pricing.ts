import type { PriceUnit } from "@/lib/schemas/enums";

export const PRICE_UNIT_LABELS: Record<PriceUnit, string> = {
  per_1m_input_tokens: "per 1M input tokens",
  per_1m_output_tokens: "per 1M output tokens",
  per_1m_tokens: "per 1M tokens",
  per_1m_characters: "per 1M characters",
  per_image: "per image",
  per_minute_audio: "per minute of audio",
  per_minute_video: "per minute of video",
  per_hour: "per hour",
  per_1k_requests: "per 1K requests",
  per_month: "per month",
  per_seat_month: "per seat per month",
};

/** Units prices are sometimes quoted in, and how to turn each into a stored unit. */
export const QUOTED_UNITS = {
  per_token: { unit: "per_1m_tokens", factor: 1_000_000 },
  per_input_token: { unit: "per_1m_input_tokens", factor: 1_000_000 },
  per_output_token: { unit: "per_1m_output_tokens", factor: 1_000_000 },
  per_1k_input_tokens: { unit: "per_1m_input_tokens", factor: 1_000 },
  per_1k_output_tokens: { unit: "per_1m_output_tokens", factor: 1_000 },
  per_1k_tokens: { unit: "per_1m_tokens", factor: 1_000 },
  per_1k_characters: { unit: "per_1m_characters", factor: 1_000 },
  per_second_audio: { unit: "per_minute_audio", factor: 60 },
  per_second_video: { unit: "per_minute_video", factor: 60 },
  per_year: { unit: "per_month", factor: 1 / 12 },
  per_seat_year: { unit: "per_seat_month", factor: 1 / 12 },
} as const satisfies Record<string, { unit: PriceUnit; factor: number }>;
export type QuotedUnit = keyof typeof QUOTED_UNITS;

/** Scales a decimal string by a factor without floating-point noise in the result. */
function scaleDecimal(amount: string, factor: number): string {
  const scaled = Number(amount) * factor;
  return Number(scaled.toPrecision(12)).toFixed(8).replace(/\.?0+$/, "");
}

/**
 * The one price normalisation rule: a price quoted per token, per 1K tokens,
 * per second or per year becomes the stored unit (per 1M tokens, per minute,
 * per month) so prices of different tools line up.
 */
export function normalizePrice(amount: string, unit: PriceUnit | QuotedUnit): { amount: string; unit: PriceUnit } {
  if (unit in QUOTED_UNITS) {
    const rule = QUOTED_UNITS[unit as QuotedUnit];
    return { amount: scaleDecimal(amount, rule.factor), unit: rule.unit };
  }
  return { amount: scaleDecimal(amount, 1), unit: unit as PriceUnit };
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Building an Intl.NumberFormat costs far more than using one, and a comparison page formats dozens of prices. */
function moneyFormat(currency: string, minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${currency}:${minimumFractionDigits}:${maximumFractionDigits}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits, maximumFractionDigits });
    moneyFormats.set(key, format);
  }
  return format;
}

/** "$0.075", "$0.50", "$20", "$1,250.50": never exponent notation, cents when there is a fraction, more decimals when the amount needs them. */
export function formatMoney(amount: string, currency = "USD"): string {
  const value = Number(amount);
  return moneyFormat(currency, Number.isInteger(value) ? 0 : 2, value >= 1 ? 2 : 8).format(value);
}

export function formatPrice(price: { amount: string; currency: string; unit: PriceUnit }): string {
  return `${formatMoney(price.amount, price.currency)} ${PRICE_UNIT_LABELS[price.unit]}`;
}

/** The one rule for "prices as of a date": in force from validFrom (inclusive) until validTo (exclusive). */
export function inForceOn(price: { validFrom: string; validTo: string | null }, date: string): boolean {
  return price.validFrom <= date && (price.validTo === null || date < price.validTo);
}
