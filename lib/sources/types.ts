import type { FactValues } from "@/lib/schemas/facts";

// The one shape every adapter reads its dataset into, whatever the dataset's
// own format: one entry per model as one provider sells it.

export type SourceName = "genai-prices" | "models.dev";

/** The token meters a dataset prices; each becomes a price point per 1M tokens. */
export type TokenMeter = "input" | "output" | "cached_input" | "cache_write";

export type SourcePrice = {
  meter: TokenMeter;
  /** USD per 1M tokens, as a decimal string. */
  amount: string;
  /** The price applies to prompts longer than this many tokens (a long-context tier). */
  tierFrom: number | null;
  batch: boolean;
  /** The day the dataset says this price took effect, when it says so. */
  startDate: string | null;
};

export type SourceOffer = {
  /** The provider's slug (canonical, see providers.ts) and name. */
  provider: string;
  providerName: string;
  /** The provider's own id for the model. */
  modelId: string;
  modelName: string;
  /** Where the dataset says its figures come from (the provider's pricing or docs page). */
  url: string;
  /** The dataset's own date for this entry. */
  date: string;
  deprecated: boolean;
  /** Prices in force on the day of the sync (earlier ones are history, later ones are scheduled). */
  prices: SourcePrice[];
  facts: Partial<FactValues>;
};

/** A value the adapter read but could not take, and why (a scheduled price, an unknown unit…); `detail` names the value. */
export type SourceSkip = { subject: string; reason: string; detail?: string };

export type SourceData = {
  source: SourceName;
  version: string;
  /** The date of the dataset's data, not the day it was read. */
  date: string;
  /** How facts from it are labelled: "@pydantic/genai-prices 0.1.8", "models.dev 2026-07-01". */
  via: string;
  offers: SourceOffer[];
  skipped: SourceSkip[];
};
