import { z } from "zod";
import type { OfferView, PriceView, StatusView, ToolRef } from "@/lib/catalog/types";
import { formatDate } from "@/lib/dates";
import { isGone } from "@/lib/lifecycle";

// What a month of use costs on each offer, from the same price points the
// pages show (current prices only, long-context tiers and batch included).

const tokens = z.coerce.number({ error: "must be a number of tokens" }).int({ error: "must be a whole number" }).min(0, { error: "must be 0 or more" }).max(1e13, { error: "is too large" });

/** The calculator's URL state; every field optional so a bare link works. */
export const usageSchema = z
  .object({
    input: tokens.default(10_000_000),
    output: tokens.default(2_000_000),
    cached: tokens.default(0),
    prompt: tokens.optional(),
    batch: z.enum(["yes", "no"]).default("no"),
  })
  .refine((usage) => usage.cached <= usage.input, { path: ["cached"], error: "cannot be more than the input tokens (cached tokens are part of the input)" });

export type Usage = z.infer<typeof usageSchema>;
export const DEFAULT_USAGE: Usage = usageSchema.parse({});

export type CostLine = { label: string; tokens: number; per1M: number; cost: number };
/** An offer and the tool it is an offer of. */
export type CostEntry = { tool: ToolRef & { lifecycle: Pick<StatusView, "value" | "date"> }; offer: OfferView };
export type OfferCost =
  | (CostEntry & { kind: "priced"; currency: string; total: number; lines: CostLine[]; notes: string[] })
  | (CostEntry & { kind: "unpriced"; reason: string });

const TOKEN_UNITS = new Set(["per_1m_input_tokens", "per_1m_output_tokens", "per_1m_tokens"]);

/** The current per-token prices of one meter: what the calculator can price with. */
const currentTokenPrices = (prices: readonly PriceView[], meter: PriceView["meter"]) =>
  prices.filter((p) => p.validTo === null && p.meter === meter && TOKEN_UNITS.has(p.unit));

/** The price of a meter for this usage: the batch price when asked and offered, and the highest tier the prompt reaches. */
function priceFor(prices: readonly PriceView[], meter: PriceView["meter"], usage: Usage): { price: PriceView; note?: string } | null {
  const candidates = currentTokenPrices(prices, meter);
  const wantBatch = usage.batch === "yes";
  let pool = candidates.filter((p) => p.batch === wantBatch);
  let note: string | undefined;
  if (pool.length === 0 && wantBatch) {
    pool = candidates.filter((p) => !p.batch);
    if (pool.length) note = `no batch price for ${meter.replace("_", " ")}: standard price used`;
  }
  const reached = pool.filter((p) => p.tierFrom === null || (usage.prompt !== undefined && usage.prompt > p.tierFrom));
  const best = reached.sort((a, b) => (b.tierFrom ?? 0) - (a.tierFrom ?? 0))[0];
  return best ? { price: best, note } : null;
}

/** Why an offer can no longer be bought (it, or its tool, is retired or archived), or null while it can: a deprecated one still can. */
export function noLongerSold({ tool, offer }: CostEntry): string | null {
  const status = offer.status ?? tool.lifecycle;
  if (!isGone(status.value) && !isGone(tool.lifecycle.value)) return null;
  const gone = isGone(status.value) ? status : tool.lifecycle;
  return `no longer sold (${gone.value}${gone.date ? ` on ${formatDate(gone.date)}` : ""})`;
}

/** One offer's monthly cost; "unpriced" when it has no token prices for input and output, or is no longer sold. */
export function offerCost(entry: CostEntry, usage: Usage): OfferCost {
  const { tool, offer } = entry;
  const gone = noLongerSold(entry);
  if (gone) return { kind: "unpriced", tool, offer, reason: gone };
  const input = priceFor(offer.prices, "input", usage);
  const output = priceFor(offer.prices, "output", usage);
  if (!input || !output) return { kind: "unpriced", tool, offer, reason: "no per-token input and output prices" };
  const cached = priceFor(offer.prices, "cached_input", usage);
  const lines: CostLine[] = [];
  const add = (label: string, count: number, price: PriceView) => {
    const per1M = Number(price.amount);
    if (count > 0) lines.push({ label, tokens: count, per1M, cost: (count / 1e6) * per1M });
  };
  add("Input", usage.input - usage.cached, input.price);
  add(cached ? "Cached input" : "Cached input (no cache price: input price)", usage.cached, cached?.price ?? input.price);
  add("Output", usage.output, output.price);
  const notes = [input.note, output.note, cached?.note].filter((note): note is string => Boolean(note));
  if (input.price.tierFrom !== null) notes.push(`long-prompt price: prompts over ${input.price.tierFrom.toLocaleString("en-US")} tokens`);
  const total = lines.reduce((sum, line) => sum + line.cost, 0);
  return { kind: "priced", tool, offer, currency: input.price.currency, total, lines, notes };
}

/** Every offer's cost, cheapest first, and the one strictly cheapest (compared only within one currency). */
export function compareCosts(entries: readonly CostEntry[], usage: Usage): { costs: OfferCost[]; cheapest: OfferCost | null } {
  const costs = entries.map((entry) => offerCost(entry, usage));
  const priced = costs.filter((cost): cost is Extract<OfferCost, { kind: "priced" }> => cost.kind === "priced");
  priced.sort((a, b) => a.total - b.total);
  const sameCurrency = priced.every((cost) => cost.currency === priced[0]?.currency);
  const cheapest = priced.length > 1 && sameCurrency && priced[0]!.total < priced[1]!.total ? priced[0]! : null;
  return { costs: [...priced, ...costs.filter((cost) => cost.kind === "unpriced")], cheapest };
}

/** Whether an offer still sold has token prices, so a calculator has something to compute. */
export function hasTokenPrices(entries: readonly CostEntry[]): boolean {
  return entries.some((entry) => !noLongerSold(entry) && currentTokenPrices(entry.offer.prices, "input").length > 0);
}

/** Every offer of the tools, each with its tool: what a calculator compares. */
export const costEntries = <T extends CostEntry["tool"] & { offers: readonly OfferView[] }>(tools: readonly T[]): CostEntry[] =>
  tools.flatMap((tool) => tool.offers.map((offer) => ({ tool, offer })));
