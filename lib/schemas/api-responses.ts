import { z } from "zod";
import { DIMENSIONS, type Dimension } from "@/lib/scoring/method";
import { component } from "./api-components";
import { evidenceSchema, lifecycleStatusSchema, priceMeterSchema, priceUnitSchema, pricingModelSchema, signalKindSchema, toolCategorySchema, toolKindSchema } from "./enums";
import { FACT_NAMES } from "./facts";

// The bodies the public API answers with (search results are in
// ./api-search-response.ts). Field names are part of the contract: add
// fields, never rename or remove them.

export { apiComponents } from "./api-components";

const date = z.iso.date();
const dateTime = z.iso.datetime();

export const tagRefSchema = component(z.strictObject({ slug: z.string(), name: z.string() }), "CapabilityTag", "A tag from the shared capability vocabulary.");

export const toolSummarySchema = component(
  z.strictObject({
    slug: z.string(),
    name: z.string(),
    kind: toolKindSchema,
    category: toolCategorySchema.meta({ description: "The job the tool does (tools are compared within it)." }),
    vendor: z.string(),
    summary: z.string(),
    pricingModel: pricingModelSchema,
    freeTier: z.boolean(),
    rank: z.int().min(0).max(100).nullable().meta({ description: "Null: no current Rank (a retired tool, or no evidence at all)." }),
    provisional: z.boolean().meta({ description: "true when there is no settled Rank: it rests on fewer dimensions than the method's minimum coverage (rank shown), or there is none (rank null). Left out of Top tools and sorted after settled Ranks." }),
    lastVerifiedAt: date.meta({ description: "The newest day any of the tool's facts was checked against its source." }),
    status: lifecycleStatusSchema,
    statusDate: date.nullable().meta({ description: "deprecated: the announced shutdown date; retired: when it stopped; archived: when it was archived." }),
    url: z.url(),
    apiUrl: z.url(),
  }),
  "ToolSummary",
  "A tool as it appears in lists; url is its page, apiUrl its full record.",
);

/** Where a fact comes from, flat on every fact (prices, signals, statuses, structured facts). */
export const provenanceFields = {
  sourceUrl: z.url().meta({ description: "The page or file the fact was read from." }),
  sourceDate: date.meta({ description: "The source's own date (not the day it was copied)." }),
  checkedAt: date.meta({ description: "The day the fact was last checked against the source." }),
  evidence: evidenceSchema.meta({ description: "measured (by a third party), vendor (stated by the vendor) or estimated." }),
  via: z.string().nullable().meta({ description: "The dataset the fact came through, e.g. a package version; null when read directly." }),
};

export const lifecycleSchema = component(
  z.strictObject({
    status: lifecycleStatusSchema,
    date: date.nullable(),
    successor: z.strictObject({ slug: z.string(), name: z.string(), url: z.url() }).nullable(),
    ...provenanceFields,
  }),
  "Lifecycle",
  "Where the tool stands in its life, the tool that succeeds it, and where that is stated.",
);

const subScore = (dimension: string) => z.int().min(0).max(100).nullable().meta({ description: `${dimension}, 0–100 within the tool's kind; null when nothing speaks to it (never 0 for unknown).` });

export const scoresSchema = component(
  z.strictObject({
    rank: z.int().min(0).max(100).nullable().meta({ description: "From the sub-scores that have evidence, their weights re-normalised; null: no current Rank." }),
    rankLow: z.int().min(0).max(100).nullable().meta({ description: "Low end of the uncertainty band around rank." }),
    rankHigh: z.int().min(0).max(100).nullable().meta({ description: "High end of the uncertainty band around rank." }),
    provisional: z.boolean().meta({ description: "No settled Rank: it rests on fewer dimensions than the minimum coverage, or rank is null." }),
    coverage: z.int().min(0).max(DIMENSIONS.length).nullable().meta({ description: `How many of the ${DIMENSIONS.length} dimensions have evidence; null for snapshots of methods that did not record it.` }),
    adoption: subScore("Adoption"),
    quality: subScore("Quality"),
    ecosystem: subScore("Ecosystem"),
    matchGraph: subScore("Match Graph"),
    freshness: z.int().min(0).max(100).nullable().meta({ description: "Freshness, 0–100 (absolute: evidence age and lifecycle status); null without dated evidence." }),
    signalCounts: z
      .strictObject(Object.fromEntries(DIMENSIONS.map((d) => [d, z.int().min(0)])) as Record<Dimension, z.ZodInt>)
      .nullable()
      .meta({ description: "How many signals back each sub-score (capability tags for matchGraph); null for methods that did not record them." }),
    methodVersion: z.string(),
    computedAt: dateTime,
  }),
  "Scores",
  "Rank, its band and coverage, and its five sub-scores from the latest computation.",
);

export const capabilitySchema = component(
  z.strictObject({
    title: z.string(),
    description: z.string(),
    unique: z.string(),
    vsAlternatives: z.string(),
    tags: z.array(tagRefSchema),
    sources: z.array(z.url()),
    derived: z.boolean().meta({ description: "true when written from the tool's structured facts and the catalogue rather than by hand." }),
  }),
  "Capability",
  "One decomposed capability: what it does, what is unique about it, how it stands against alternatives.",
);

export const priceSchema = component(
  z.strictObject({
    label: z.string(),
    amount: z.string().regex(/^\d+(\.\d+)?$/).meta({ description: "Decimal string, never a float." }),
    currency: z.string().length(3),
    unit: priceUnitSchema,
    isStarting: z.boolean(),
    asOf: date.meta({ description: "The source's date for this price (same as sourceDate)." }),
    display: z.string().meta({ description: 'Human-readable, e.g. "$0.075 per 1M input tokens".' }),
    provider: z.string().meta({ description: "Who sells it at this price (the vendor or a host)." }),
    meter: priceMeterSchema,
    tierFrom: z.int().nullable().meta({ description: "Applies to requests whose prompt is longer than this many tokens; null for the base price." }),
    batch: z.boolean(),
    validFrom: date,
    validTo: date.nullable().meta({ description: "The day it stopped applying; null while in force." }),
    ...provenanceFields,
  }),
  "Price",
  "A price point in its normalised unit, with the dates it applies and its source.",
);

export const offerSchema = component(
  z.strictObject({
    provider: z.string(),
    providerSlug: z.string(),
    modelId: z.string(),
    url: z.url().nullable(),
    status: lifecycleStatusSchema.nullable().meta({ description: "null: the tool's own status applies." }),
    statusDate: date.nullable(),
    prices: z.array(priceSchema),
  }),
  "Offer",
  "The tool as one provider sells it; its prices are never merged with another provider's.",
);

export const factSchema = component(
  z.strictObject({ value: z.union([z.number(), z.string(), z.boolean(), z.array(z.string())]), ...provenanceFields }),
  "Fact",
  "A structured fact about a model with its source.",
);

export const signalSchema = component(
  z.strictObject({
    kind: signalKindSchema,
    value: z.number(),
    source: z.url().meta({ description: "Same as sourceUrl." }),
    observedAt: date.meta({ description: "Same as sourceDate." }),
    note: z.string().nullable(),
    rounded: z.boolean().meta({ description: "true when the source gave the value rounded." }),
    ...provenanceFields,
  }),
  "ScoreSignal",
  "Sourced, dated evidence behind a score.",
);

export const toolDetailSchema = component(
  toolSummarySchema.extend({
    website: z.url(),
    sourceRepository: z.url().nullable(),
    license: z.string().nullable(),
    timesMatched: z.int().min(0),
    version: z.int(),
    updatedAt: dateTime,
    scores: scoresSchema.nullable(),
    lifecycle: lifecycleSchema,
    facts: z.strictObject(Object.fromEntries(FACT_NAMES.map((name) => [name, factSchema.optional()]))).meta({ description: "Structured facts (models): context window, output limit, modalities, open weights, dates." }),
    capabilities: z.array(capabilitySchema),
    prices: z.array(priceSchema).meta({ description: "The prices in force today, across every offer." }),
    offers: z.array(offerSchema).meta({ description: "Every offer with its whole price history." }),
    signals: z.array(signalSchema),
  }),
  "Tool",
  "A tool with its capabilities, prices, scores and evidence.",
);

/** Pagination fields of every list body. */
export const pageFields = { total: z.int().min(0), page: z.int().min(1), pageSize: z.int().min(1), pageCount: z.int().min(1) };

export const toolListResponseSchema = component(z.strictObject({ items: z.array(toolSummarySchema), ...pageFields }), "ToolList", "One page of the catalogue.");

const leader = z.string().nullable();

export const comparisonResponseSchema = component(
  z.strictObject({
    tools: z.array(toolDetailSchema),
    verdict: z.array(z.string()),
    leaders: z
      .strictObject({ rank: leader, adoption: leader, quality: leader, ecosystem: leader, matchGraph: leader, freshness: leader } satisfies Record<"rank" | Dimension, typeof leader>)
      .meta({ description: "Slug of the tool strictly ahead on each score among those with a value (at least two needed); null on a tie or without evidence." }),
    crossKind: z.boolean().meta({ description: "true when the tools are of different kinds: each is scored against its own kind, so the numbers are not measured against each other." }),
    url: z.url(),
  }),
  "Comparison",
  "Two to four tools side by side, with the verdict the comparison page shows.",
);

export const alternativeSchema = component(
  toolSummarySchema.extend({
    weight: z.int().min(0).meta({ description: "How many capability tags both carry (0 when they are linked by their job alone)." }),
    sharedTags: z.array(tagRefSchema).meta({ description: "The capability tags both carry, most specific first." }),
    strength: z.number().min(0).meta({ description: "The link's strength (see /methodology#match-graph), to 3 decimals: what orders alternatives." }),
    reason: z.string().meta({ description: "What the two share, in a few words (\"both are vector databases with quantization and self-hosting\")." }),
  }),
  "Alternative",
  "A tool linked in the match graph, with the link's strength and why they are alternatives.",
);

export const alternativesResponseSchema = component(
  z.strictObject({ tool: z.strictObject({ slug: z.string(), name: z.string() }), items: z.array(alternativeSchema) }),
  "Alternatives",
  "The closest tools to one tool, strongest link first.",
);

export const pricesAsOfResponseSchema = component(
  z.strictObject({ tool: z.strictObject({ slug: z.string(), name: z.string() }), asOf: date, offers: z.array(offerSchema) }),
  "PricesAsOf",
  "Each offer of a tool with the prices in force on a date.",
);

export const problemSchema = component(
  z.strictObject({ error: z.string(), problems: z.array(z.strictObject({ field: z.string(), message: z.string() })).optional() }),
  "Problem",
  "What went wrong; for a 400, each offending parameter and why.",
);

export type ApiToolSummary = z.infer<typeof toolSummarySchema>;
export type ApiToolDetail = z.infer<typeof toolDetailSchema>;
export type ApiScores = z.infer<typeof scoresSchema>;
export type ApiToolList = z.infer<typeof toolListResponseSchema>;
export type ApiComparison = z.infer<typeof comparisonResponseSchema>;
export type ApiAlternatives = z.infer<typeof alternativesResponseSchema>;
export type ApiPrice = z.infer<typeof priceSchema>;
export type ApiOffer = z.infer<typeof offerSchema>;
export type ApiPricesAsOf = z.infer<typeof pricesAsOfResponseSchema>;
