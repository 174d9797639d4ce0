import type { PriceUnit } from "@/lib/schemas/enums";
import type { PricePointInput, ToolSeed } from "@/lib/schemas/tool";

// The checks that catch bad data, in one place: seeds:check, sources:sync and
// every admin save run them. An "error" refuses the data; a "warning" lets it
// through with a flag for an editor. None depends on today's date, so a check
// that passes in CI today passes tomorrow.

export type DataIssue = { severity: "error" | "warning"; field: string; message: string };

export const TOKEN_PRICE_RANGE = { min: 0.001, max: 1000 } as const;
export const SOURCE_DISAGREEMENT = 0.05;
export const STALE_PRICE_DAYS = 180;

const TOKEN_UNITS = new Set<PriceUnit>(["per_1m_input_tokens", "per_1m_output_tokens", "per_1m_tokens"]);
const PLAUSIBLE = { min: 0.01, max: 200 };
const plausible = (value: number) => value >= PLAUSIBLE.min && value <= PLAUSIBLE.max;

/** A per-1M token price: refused outside $0.001–$1,000, with a hint when it looks like a 10^6 slip. */
export function tokenPriceIssue(price: Pick<PricePointInput, "amount" | "unit" | "currency">): string | null {
  if (!TOKEN_UNITS.has(price.unit) || price.currency !== "USD") return null;
  const amount = Number(price.amount);
  if (amount === 0 || (amount >= TOKEN_PRICE_RANGE.min && amount <= TOKEN_PRICE_RANGE.max)) return null;
  const range = `$${TOKEN_PRICE_RANGE.min}–$${TOKEN_PRICE_RANGE.max.toLocaleString("en-US")} per 1M tokens`;
  if (amount < TOKEN_PRICE_RANGE.min && plausible(amount * 1e6)) {
    return `${price.amount} is outside ${range}: it looks like a price per token typed as per 1M tokens (did you mean ${+(amount * 1e6).toPrecision(6)}?)`;
  }
  if (amount > TOKEN_PRICE_RANGE.max && plausible(amount / 1e6)) {
    return `${price.amount} is outside ${range}: it looks 10^6 too large (did you mean ${+(amount / 1e6).toPrecision(6)}?)`;
  }
  return `${price.amount} is outside ${range}`;
}

const current = (price: PricePointInput) => price.validTo === null;

/** Output priced below input for the same offer, tier and mode: possible, but usually a typo. */
export function outputBelowInput(prices: readonly PricePointInput[]): boolean {
  const key = (price: PricePointInput) => `${price.tierFrom ?? 0}/${price.batch}/${price.currency}`;
  const inputs = new Map(prices.filter((p) => current(p) && p.meter === "input").map((p) => [key(p), Number(p.amount)]));
  return prices.some((p) => current(p) && p.meter === "output" && inputs.has(key(p)) && Number(p.amount) < inputs.get(key(p))!);
}

/** A model cannot write more tokens than its context window holds. */
export function maxOutputIssue(contextWindow: number | undefined, maxOutputTokens: number | undefined): string | null {
  if (contextWindow === undefined || maxOutputTokens === undefined || maxOutputTokens <= contextWindow) return null;
  return `${maxOutputTokens} max output tokens is larger than the ${contextWindow}-token context window`;
}

/** Every data issue of one tool in the seed format. */
export function checkToolData(tool: ToolSeed): DataIssue[] {
  const issues: DataIssue[] = [];
  tool.offers.forEach((offer, o) => {
    offer.prices.forEach((price, p) => {
      const problem = tokenPriceIssue(price);
      if (problem) issues.push({ severity: "error", field: `offers.${o}.prices.${p}.amount`, message: problem });
    });
    if (outputBelowInput(offer.prices)) {
      issues.push({ severity: "warning", field: `offers.${o}.prices`, message: `${offer.provider} prices output below input: check the two aren't swapped` });
    }
  });
  const limits = maxOutputIssue(tool.facts.contextWindow?.value, tool.facts.maxOutputTokens?.value);
  if (limits) issues.push({ severity: "error", field: "facts.maxOutputTokens", message: limits });
  const prices = tool.offers.flatMap((offer) => offer.prices);
  if (prices.some(current) && !prices.some((price) => current(price) && price.isStarting)) {
    issues.push({ severity: "error", field: "offers", message: "has current prices but none is marked as the starting price" });
  }
  return issues;
}

const isApiOffer = (offer: ToolSeed["offers"][number]) => offer.prices.some((price) => price.meter !== "other");

/**
 * An API offer (a provider's model id, priced per token) belongs to one tool:
 * the same one under two tools is a mistake. Plans may bundle several tools.
 */
export function duplicateApiOffers(tools: readonly Pick<ToolSeed, "slug" | "offers">[]): { slug: string; key: string; owner: string }[] {
  const owners = new Map<string, string>();
  const duplicates: { slug: string; key: string; owner: string }[] = [];
  for (const tool of tools) {
    for (const offer of tool.offers.filter(isApiOffer)) {
      const key = `${offer.providerSlug}/${offer.modelId}`;
      const owner = owners.get(key);
      if (owner && owner !== tool.slug) duplicates.push({ slug: tool.slug, key, owner });
      else owners.set(key, tool.slug);
    }
  }
  return duplicates;
}

export type SourcedValue = { source: string; value: number };

/** Two sources that disagree by more than 5%: both values, so an editor can judge. */
export function sourcesDisagree(values: readonly SourcedValue[]): string | null {
  if (values.length < 2) return null;
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const [low, high] = [sorted[0]!, sorted.at(-1)!];
  if (high.value === 0 || (high.value - low.value) / high.value <= SOURCE_DISAGREEMENT) return null;
  return `sources disagree: ${sorted.map((v) => `${v.source} says ${v.value}`).join(", ")}`;
}

const DAY = 86_400_000;

/** A price whose source is dated before this day is more than 180 days old on `today`. */
export function stalePriceCutoff(today: string): string {
  return new Date(Date.parse(today) - STALE_PRICE_DAYS * DAY).toISOString().slice(0, 10);
}

/** The tool statuses on which an old price is worth a warning: a retired tool's last price is simply history. */
export const STALE_CHECKED_STATUSES = ["active", "preview"] as const;

/** A price in force on an active tool whose source is older than 180 days "may be out of date" on `today`. */
export function isPriceStale(price: { validTo: string | null; source: { date: string } }, toolStatus: string, today: string): boolean {
  if (price.validTo !== null || !(STALE_CHECKED_STATUSES as readonly string[]).includes(toolStatus)) return false;
  return price.source.date < stalePriceCutoff(today);
}
