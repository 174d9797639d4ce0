import { z } from "zod";
import type { Dimension } from "@/lib/scoring/method";
import { component } from "./api-components";
import { priceUnitSchema, pricingModelSchema, signalKindSchema, toolKindSchema } from "./enums";

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
    vendor: z.string(),
    summary: z.string(),
    pricingModel: pricingModelSchema,
    freeTier: z.boolean(),
    rank: z.int().min(0).max(100),
    lastVerifiedAt: date,
    url: z.url(),
    apiUrl: z.url(),
  }),
  "ToolSummary",
  "A tool as it appears in lists; url is its page, apiUrl its full record.",
);

export const scoresSchema = component(
  z.strictObject({
    rank: z.int(),
    adoption: z.int(),
    quality: z.int(),
    ecosystem: z.int(),
    matchGraph: z.int(),
    methodVersion: z.string(),
    computedAt: dateTime,
  }),
  "Scores",
  "Rank and its four sub-scores, 0–100, from the latest computation.",
);

export const capabilitySchema = component(
  z.strictObject({ title: z.string(), description: z.string(), unique: z.string(), vsAlternatives: z.string(), tags: z.array(tagRefSchema) }),
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
    asOf: date,
    display: z.string().meta({ description: 'Human-readable, e.g. "$0.075 per 1M input tokens".' }),
  }),
  "Price",
  "A price point in its normalised unit.",
);

export const signalSchema = component(
  z.strictObject({ kind: signalKindSchema, value: z.number(), source: z.url(), observedAt: date, note: z.string().nullable() }),
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
    capabilities: z.array(capabilitySchema),
    prices: z.array(priceSchema),
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
      .strictObject({ rank: leader, adoption: leader, quality: leader, ecosystem: leader, matchGraph: leader } satisfies Record<"rank" | Dimension, typeof leader>)
      .meta({ description: "Slug of the tool strictly ahead on each score; null on a tie." }),
    url: z.url(),
  }),
  "Comparison",
  "Two to four tools side by side, with the verdict the comparison page shows.",
);

export const alternativeSchema = component(
  toolSummarySchema.extend({ weight: z.int().min(1), sharedTags: z.array(tagRefSchema) }),
  "Alternative",
  "A tool linked in the match graph; weight is the number of capability tags shared.",
);

export const alternativesResponseSchema = component(
  z.strictObject({ tool: z.strictObject({ slug: z.string(), name: z.string() }), items: z.array(alternativeSchema) }),
  "Alternatives",
  "The closest tools to one tool, most shared capability tags first.",
);

export const problemSchema = component(
  z.strictObject({ error: z.string(), problems: z.array(z.strictObject({ field: z.string(), message: z.string() })).optional() }),
  "Problem",
  "What went wrong; for a 400, each offending parameter and why.",
);

export type ApiToolSummary = z.infer<typeof toolSummarySchema>;
export type ApiToolDetail = z.infer<typeof toolDetailSchema>;
export type ApiToolList = z.infer<typeof toolListResponseSchema>;
export type ApiComparison = z.infer<typeof comparisonResponseSchema>;
export type ApiAlternatives = z.infer<typeof alternativesResponseSchema>;
