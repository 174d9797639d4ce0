import { z } from "zod";
import { canonicalProvider } from "./providers";
import { sourceAmount } from "./amounts";
import type { SourceData, SourceOffer, SourcePrice, SourceSkip, TokenMeter } from "./types";

// @pydantic/genai-prices as the sync's normalised shape. The data is the
// package's own (providers → models → prices per million tokens); a model's
// prices are either one set or a list of sets with constraints, where a
// start date makes them price history and a time of day makes them off-peak rates.

const tiered = z.object({ base: z.number().nonnegative(), tiers: z.array(z.object({ start: z.number().int().nonnegative(), price: z.number().nonnegative() })) });
const priceSetSchema = z.record(z.string(), z.union([z.number().nonnegative(), tiered]).optional());
const conditionalSchema = z.object({
  constraint: z.union([z.object({ type: z.literal("start_date"), start_date: z.iso.date() }), z.looseObject({ type: z.literal("time_of_date") })]).optional(),
  prices: priceSetSchema,
});
const modelSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  context_window: z.number().int().positive().optional(),
  deprecated: z.boolean().optional(),
  prices: z.union([priceSetSchema, z.array(conditionalSchema).min(1)]),
});
const providerSchema = z.looseObject({ id: z.string().min(1), name: z.string().min(1), pricing_urls: z.array(z.url()).optional(), models: z.array(modelSchema) });

/** The package's data as the adapter reads it: what the bundled data holds, or a recorded fixture of it. */
export const genaiPricesDataSchema = z.object({ version: z.string(), providers: z.array(providerSchema) });
export type GenaiPricesData = z.infer<typeof genaiPricesDataSchema>;
type Model = z.infer<typeof modelSchema>;
type PriceSet = z.infer<typeof priceSetSchema>;
type Skip = (reason: string, detail?: string) => void;

/** When each version's data was published (`npm view @pydantic/genai-prices time`): the date every fact from it carries. */
export const GENAI_PRICES_DATES: Readonly<Record<string, string>> = { "0.1.8": "2026-09-23" };

export function genaiPricesDate(version: string): string {
  const date = GENAI_PRICES_DATES[version];
  if (!date) {
    throw new Error(`@pydantic/genai-prices ${version} has no known data date: add it to GENAI_PRICES_DATES in lib/sources/genai-prices.ts (npm view @pydantic/genai-prices time)`);
  }
  return date;
}

const METERS: Record<string, TokenMeter> = { input_mtok: "input", output_mtok: "output", cache_read_mtok: "cached_input", cache_write_mtok: "cache_write" };

/** The set of prices in force on `today`: the last one that has started; time-of-day rates are left out. */
function currentSet(model: Model, today: string, skip: Skip): { prices: PriceSet; startDate: string | null } {
  if (!Array.isArray(model.prices)) return { prices: model.prices, startDate: null };
  let chosen: { prices: PriceSet; startDate: string | null } | null = null;
  for (const entry of model.prices) {
    const constraint = entry.constraint;
    if (constraint?.type === "time_of_date") skip("time-of-day (off-peak) prices are not represented");
    else if (constraint?.type === "start_date" && constraint.start_date > today) skip("scheduled prices are proposed once they apply", constraint.start_date);
    else if (!chosen || (constraint && (chosen.startDate === null || constraint.start_date >= chosen.startDate))) {
      chosen = { prices: entry.prices, startDate: constraint?.start_date ?? null };
    }
  }
  return chosen ?? { prices: {}, startDate: null };
}

function toPrices(set: PriceSet, startDate: string | null, skip: Skip): SourcePrice[] {
  const prices: SourcePrice[] = [];
  for (const [key, value] of Object.entries(set)) {
    const meter = METERS[key];
    if (value === undefined) continue;
    if (!meter) {
      skip("price keys other than token meters are not compared", key);
      continue;
    }
    // The package applies a tier to prompts of more than `start` tokens, as tierFrom does.
    const levels = typeof value === "number" ? [{ start: null, price: value }] : [{ start: null, price: value.base }, ...value.tiers];
    for (const level of levels) {
      const amount = sourceAmount(level.price);
      if (amount === null) skip("a price below the smallest amount stored ($0.00000001)", `${key} ${level.price}`);
      else prices.push({ meter, amount, tierFrom: level.start, batch: false, startDate });
    }
  }
  return prices;
}

/** The package's data in the sync's shape, as on `today` (which prices are in force). */
export function readGenaiPrices(data: GenaiPricesData, today: string): SourceData {
  const date = genaiPricesDate(data.version);
  const offers: SourceOffer[] = [];
  const skipped: SourceSkip[] = [];
  for (const provider of data.providers) {
    for (const model of provider.models) {
      const subject = `${provider.id}/${model.id}`;
      const skip: Skip = (reason, detail) => skipped.push({ subject, reason, detail });
      const { prices, startDate } = currentSet(model, today, skip);
      offers.push({
        provider: canonicalProvider(provider.id),
        providerName: provider.name,
        modelId: model.id,
        modelName: model.name ?? model.id,
        url: provider.pricing_urls?.[0] ?? "https://github.com/pydantic/genai-prices",
        date,
        deprecated: model.deprecated === true,
        prices: toPrices(prices, startDate, skip),
        facts: model.context_window ? { contextWindow: model.context_window } : {},
      });
    }
  }
  return { source: "genai-prices", version: data.version, date, via: `@pydantic/genai-prices ${data.version}`, offers, skipped };
}
