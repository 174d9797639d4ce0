import type { PriceUnit, PricingModel, SignalKind, ToolKind } from "@/lib/schemas/enums";
import type { ScoreBreakdown } from "@/lib/scoring/rank";

/** Plain, serialisable shapes the pages render (dates as YYYY-MM-DD strings, amounts as decimal strings). */
export type TagRef = { slug: string; name: string };

export type CapabilityView = {
  id: number;
  title: string;
  description: string;
  unique: string;
  vsAlternatives: string;
  tags: TagRef[];
};

export type PriceView = {
  label: string;
  amount: string;
  currency: string;
  unit: PriceUnit;
  isStarting: boolean;
  asOf: string;
};

export type SignalView = { kind: SignalKind; value: number; source: string; observedAt: string; note: string | null };

export type ScoreView = ScoreBreakdown & { methodVersion: string; computedAt: string };

export type ToolSummary = {
  slug: string;
  name: string;
  kind: ToolKind;
  vendor: string;
  summary: string;
  pricingModel: PricingModel;
  freeTier: boolean;
  rank: number;
  lastVerifiedAt: string;
};

export type ToolDetail = ToolSummary & {
  website: string;
  sourceRepository: string | null;
  license: string | null;
  timesMatched: number;
  version: number;
  updatedAt: string;
  scores: ScoreView | null;
  capabilities: CapabilityView[];
  prices: PriceView[];
  signals: SignalView[];
};

export type NeighbourView = ToolSummary & { sharedTags: TagRef[]; weight: number };
