import { normalizePrice } from "@/lib/pricing";

/** A dataset's price per 1M tokens as the decimal string the catalogue stores; null when it is too small to store (not zero). */
export function sourceAmount(value: number): string | null {
  const { amount } = normalizePrice(String(value), "per_1m_input_tokens");
  return value > 0 && Number(amount) === 0 ? null : amount;
}
