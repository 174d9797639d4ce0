import type { LifecycleStatus, PriceMeter, PriceUnit, PricingModel, SignalKind, ToolCategory, ToolKind } from "@/lib/schemas/enums";
import type { FactsInput } from "@/lib/schemas/facts";
import type { SourceInput } from "@/lib/schemas/tool";
import type { ScoreView } from "@/lib/scoring/snapshot";

/** Plain, serialisable shapes the pages render (dates as YYYY-MM-DD strings, amounts as decimal strings). */
export type TagRef = { slug: string; name: string };
export type ToolRef = { slug: string; name: string };

export type CapabilityView = {
  id: number;
  title: string;
  description: string;
  unique: string;
  vsAlternatives: string;
  tags: TagRef[];
  sources: string[];
  /** Written from the tool's structured facts and the catalogue, not by hand. */
  derived: boolean;
};

export type PriceView = {
  provider: string;
  label: string;
  meter: PriceMeter;
  amount: string;
  currency: string;
  unit: PriceUnit;
  tierFrom: number | null;
  batch: boolean;
  isStarting: boolean;
  validFrom: string;
  validTo: string | null;
  source: SourceInput;
};

export type OfferStatusView = { value: LifecycleStatus; date: string | null; source: SourceInput };

export type OfferView = {
  provider: string;
  providerSlug: string;
  modelId: string;
  url: string | null;
  /** Null: the tool's own status applies. */
  status: OfferStatusView | null;
  /** Every price the offer has had, current ones (validTo null) first. */
  prices: PriceView[];
};

export type StatusView = { value: LifecycleStatus; date: string | null; successor: ToolRef | null; source: SourceInput };

export type SignalView = { kind: SignalKind; value: number; rounded: boolean; note: string | null; source: SourceInput };

export type { ScoreView };

export type ToolSummary = {
  slug: string;
  name: string;
  kind: ToolKind;
  category: ToolCategory;
  vendor: string;
  summary: string;
  pricingModel: PricingModel;
  freeTier: boolean;
  /** Null: no current Rank (retired, or never computed). */
  rank: number | null;
  /** No settled Rank: it rests on too few dimensions (shown labelled), or there is none. Left out of Top tools and Rank order. */
  provisional: boolean;
  lastVerifiedAt: string;
  status: LifecycleStatus;
  statusDate: string | null;
};

export type ToolDetail = ToolSummary & {
  website: string;
  sourceRepository: string | null;
  license: string | null;
  timesMatched: number;
  version: number;
  updatedAt: string;
  scores: ScoreView | null;
  lifecycle: StatusView;
  facts: FactsInput;
  capabilities: CapabilityView[];
  offers: OfferView[];
  /** The prices in force today across every offer: the ones tables and the starting price read. */
  prices: PriceView[];
  signals: SignalView[];
};

/** A tool linked in the match graph: strength (lib/matching/strength.ts), what they share in words, the tags both carry and how many. */
export type NeighbourView = ToolSummary & { sharedTags: TagRef[]; weight: number; strength: number; reason: string };

/** Where a tool stands among the ranked (not provisional) tools of its kind: "#4 of 120 models". Position null: it is not placed. */
export type KindStanding = { kind: ToolKind; position: number | null; total: number };
