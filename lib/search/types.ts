import type { TagRef, ToolSummary } from "@/lib/catalog/types";
import type { SearchQuery } from "@/lib/schemas/search";
import type { PriceUnit, PricingModel, ToolKind } from "@/lib/schemas/enums";
import type { HighlightPart } from "./highlight";

export type { HighlightPart } from "./highlight";

/**
 * How the results were found: free text, the alternatives of one tool
 * (`like`), the capabilities of several tools (`from`), or filters alone.
 */
export type SearchMode = "text" | "like" | "from" | "browse";

export type ToolRef = { slug: string; name: string };

export type MatchedTag = TagRef & { matched: boolean };

/** A capability that explains why a tool matched, with the matching words marked. */
export type MatchedCapability = {
  id: number;
  title: HighlightPart[];
  excerpt: HighlightPart[];
  tags: MatchedTag[];
};

export type StartingPrice = { amount: string; currency: string; unit: PriceUnit };

export type SearchHit = ToolSummary & {
  relevance: number;
  startingPrice: StartingPrice | null;
  /** Name and summary with the words that matched marked (unmarked outside text searches). */
  nameParts: HighlightPart[];
  summaryParts: HighlightPart[];
  /** Set when the tool was found because its name or vendor looks like the query (typos, partial names). */
  resembles: "name" | "vendor" | null;
  /** The best few matching capabilities, and how many matched in all. */
  matchedCapabilities: MatchedCapability[];
  matchedCapabilityCount: number;
  /** In `like`/`from` searches: the capability tags shared with the tools searched from. */
  sharedTags: TagRef[];
  /** In `like`/`from` searches: what the tool shares with each tool searched from that lists it as an alternative ("both are …"). */
  reasons: { origin: string; reason: string }[];
};

export type FacetValue<V extends string = string> = { value: V; label: string; count: number; selected: boolean };

/**
 * Counts for narrowing the results. Kind, pricing and free tier are counted
 * with every other filter applied but their own (so their counts add up to
 * the total when unselected); tags are counted over the current results.
 */
export type SearchFacets = {
  kind: FacetValue<ToolKind>[];
  pricing: FacetValue<PricingModel>[];
  free: FacetValue<"yes" | "no">[];
  tags: FacetValue[];
};

/** Something the words asked for beyond words to match, and the search without it (a removable chip). */
export type ReadAs = { kind: "alternatives" | "cheaper" | "cheapest" | "pricing" | "free" | "tag"; label: string; without: SearchQuery };

/** A price order in force: the category and unit prices are compared in, and the tool they must be cheaper than. */
export type PriceOrderView = { category: string; unit: string; cheaperThan: ToolRef | null };

export type SearchResults = {
  /** The search as run: the URL's state plus what its words were read as (links are built from this). */
  query: SearchQuery;
  /** The words as typed. */
  typed: string | undefined;
  readAs: ReadAs[];
  priceOrder: PriceOrderView | null;
  mode: SearchMode;
  total: number;
  /** True when more tools match than are listed (a listing counted up to LISTED_COUNTED, or a too-common word in a text search): total is then a lower bound. */
  moreThanTotal: boolean;
  page: number;
  pageCount: number;
  pageSize: number;
  hits: SearchHit[];
  facets: SearchFacets;
  /** The tools a `like` or `from` search starts from, and the slugs that name no published tool. */
  origins: ToolSummary[];
  unknownSlugs: string[];
  /** When a text search finds nothing: tools whose names come closest to it. */
  suggestions: ToolRef[];
};
