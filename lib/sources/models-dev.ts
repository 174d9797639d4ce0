import { createHash } from "node:crypto";
import { z } from "zod";
import { FACT_VALUE_SCHEMAS, type FactName, type FactValues } from "@/lib/schemas/facts";
import { sourceAmount } from "./amounts";
import { canonicalProvider } from "./providers";
import type { SourceData, SourceOffer, SourcePrice, SourceSkip, TokenMeter } from "./types";

// models.dev in the format of its public api.json: an object keyed by
// provider id, each with its models keyed by model id. Only the fields the
// sync reads are checked; the rest passes through.

const costSchema = z.looseObject({
  input: z.number().nonnegative().optional(),
  output: z.number().nonnegative().optional(),
  cache_read: z.number().nonnegative().optional(),
  cache_write: z.number().nonnegative().optional(),
});
const modelSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  release_date: z.string().optional(),
  last_updated: z.string().optional(),
  knowledge: z.string().optional(),
  open_weights: z.boolean().optional(),
  tool_call: z.boolean().optional(),
  reasoning: z.boolean().optional(),
  status: z.string().optional(),
  modalities: z.object({ input: z.array(z.string()), output: z.array(z.string()) }).optional(),
  cost: costSchema.extend({ tiers: z.array(costSchema.extend({ tier: z.object({ size: z.number().int().nonnegative() }) })).optional(), context_over_200k: costSchema.optional() }).optional(),
  limit: z.looseObject({ context: z.number().nonnegative().optional(), output: z.number().nonnegative().optional() }).optional(),
});
const providerSchema = z.looseObject({ id: z.string().min(1), name: z.string().min(1), doc: z.url().optional(), models: z.record(z.string(), modelSchema) });

export const modelsDevApiSchema = z.record(z.string(), providerSchema);
export type ModelsDevApi = z.infer<typeof modelsDevApiSchema>;
type Model = z.infer<typeof modelSchema>;
type Skip = (reason: string, detail?: string) => void;

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const METERS: Record<string, TokenMeter> = { input: "input", output: "output", cache_read: "cached_input", cache_write: "cache_write" };

/** The date of the data: the newest `last_updated` in it (no model in the file was changed after it). */
function snapshotDate(api: ModelsDevApi): string {
  const dates = Object.values(api).flatMap((provider) => Object.values(provider.models).map((model) => model.last_updated ?? ""));
  const newest = dates.filter((date) => FULL_DATE.test(date)).sort().at(-1);
  if (!newest) throw new Error("models.dev data has no model with a last_updated date");
  return newest;
}

function toPrices(cost: Model["cost"], skip: Skip): SourcePrice[] {
  if (!cost) return [];
  const over200k = cost.context_over_200k && !cost.tiers ? [{ ...cost.context_over_200k, tier: { size: 200_000 } }] : [];
  const levels = [{ ...cost, tier: null }, ...(cost.tiers ?? over200k)];
  return levels.flatMap((level) =>
    Object.entries(METERS).flatMap(([key, meter]) => {
      const value = level[key as keyof typeof level];
      if (typeof value !== "number") return [];
      const amount = sourceAmount(value);
      if (amount === null) skip("a price below the smallest amount stored ($0.00000001)", `${key} ${value}`);
      return amount === null ? [] : [{ meter, amount, tierFrom: level.tier?.size ?? null, batch: false, startDate: null }];
    }),
  );
}

/** The structured facts models.dev gives, each kept only if it is a valid value for the catalogue. */
function toFacts(model: Model, skip: Skip): Partial<FactValues> {
  const raw: Partial<Record<FactName, unknown>> = {
    contextWindow: model.limit?.context || undefined,
    maxOutputTokens: model.limit?.output || undefined,
    inputModalities: model.modalities?.input,
    outputModalities: model.modalities?.output,
    openWeights: model.open_weights,
    releaseDate: model.release_date,
    knowledgeCutoff: model.knowledge,
    toolCalling: model.tool_call,
    reasoning: model.reasoning,
  };
  const facts: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw) as [FactName, unknown][]) {
    if (value === undefined) continue;
    const parsed = FACT_VALUE_SCHEMAS[name].safeParse(value);
    if (parsed.success) facts[name] = parsed.data;
    else skip(`${name} ${parsed.error.issues[0]?.message ?? "is not valid"}`, JSON.stringify(value));
  }
  return facts as Partial<FactValues>;
}

/** models.dev's api.json in the sync's shape. */
export function readModelsDev(api: ModelsDevApi, text: string): SourceData {
  const date = snapshotDate(api);
  const offers: SourceOffer[] = [];
  const skipped: SourceSkip[] = [];
  for (const provider of Object.values(api)) {
    for (const model of Object.values(provider.models)) {
      const skip: Skip = (reason, detail) => skipped.push({ subject: `${provider.id}/${model.id}`, reason, detail });
      const updated = model.last_updated && FULL_DATE.test(model.last_updated) && model.last_updated <= date ? model.last_updated : date;
      offers.push({
        provider: canonicalProvider(provider.id),
        providerName: provider.name,
        modelId: model.id,
        modelName: model.name,
        url: provider.doc ?? "https://models.dev",
        date: updated,
        deprecated: model.status === "deprecated",
        prices: toPrices(model.cost, skip),
        facts: toFacts(model, skip),
      });
    }
  }
  const version = `api.json sha256:${createHash("sha256").update(text).digest("hex").slice(0, 12)}`;
  return { source: "models.dev", version, date, via: `models.dev ${date}`, offers, skipped };
}
