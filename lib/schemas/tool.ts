import { z } from "zod";
import { canonicalDecimal } from "@/lib/decimal";
import { isValidSlug } from "@/lib/slug";
import {
  lifecycleStatusSchema,
  priceMeterSchema,
  pricingModelSchema,
  priceUnitSchema,
  signalKindSchema,
  toolCategorySchema,
  toolKindSchema,
} from "./enums";
import { factsSchema } from "./facts";
import { httpUrlSchema, isoDateSchema, pastDateSchema, sourceSchema } from "./source";

export { httpUrlSchema, isoDateSchema, pastDateSchema, sourceSchema };

const text = (max: number) => z.string().trim().min(1, { error: "is required" }).max(max, { error: `must be at most ${max} characters` });
const optionalUrl = httpUrlSchema.nullable().default(null);

export const slugSchema = z
  .string()
  .trim()
  .refine(isValidSlug, { error: "must be lowercase letters, digits and single hyphens (e.g. gpt-4o-mini)" });

export const tagSlugSchema = slugSchema;

const DATED_STATUSES = new Set(["deprecated", "retired", "archived"]);

/** A lifecycle status; a deprecation's date is the announced shutdown, so it may lie ahead. */
export const offerStatusSchema = z
  .object({ value: lifecycleStatusSchema, date: isoDateSchema.nullable().default(null), source: sourceSchema })
  .refine((status) => !DATED_STATUSES.has(status.value) || status.date !== null, { path: ["date"], error: "is required for this status" })
  .refine((status) => status.value !== "retired" || status.date === null || status.date <= status.source.checkedAt, {
    path: ["date"],
    error: "a retirement cannot be after the day it was checked (use deprecated with the shutdown date)",
  });

export const toolStatusSchema = z
  .object({ value: lifecycleStatusSchema, date: isoDateSchema.nullable().default(null), successor: slugSchema.nullable().default(null), source: sourceSchema })
  .refine((status) => !DATED_STATUSES.has(status.value) || status.date !== null, { path: ["date"], error: "is required for this status" })
  .refine((status) => status.value !== "retired" || status.date === null || status.date <= status.source.checkedAt, {
    path: ["date"],
    error: "a retirement cannot be after the day it was checked (use deprecated with the shutdown date)",
  });

export const capabilitySchema = z.object({
  title: text(120),
  description: text(2000),
  unique: text(1000),
  vsAlternatives: text(1000),
  tags: z.array(tagSlugSchema).min(1, { error: "needs at least one capability tag" }).max(8),
  sources: z.array(httpUrlSchema).max(10).default([]),
});

/** Amounts are decimal strings so no float rounding reaches the database. */
export const amountSchema = z
  .string()
  .trim()
  .regex(/^\d{1,10}(\.\d{1,8})?$/, { error: "must be a non-negative decimal such as 0.075" })
  .transform((value) => canonicalDecimal(value));

export const pricePointSchema = z
  .object({
    label: text(120),
    meter: priceMeterSchema,
    amount: amountSchema,
    currency: z.string().regex(/^[A-Z]{3}$/, { error: "must be a three-letter currency code such as USD" }).default("USD"),
    unit: priceUnitSchema,
    tierFrom: z.number().int().positive().nullable().default(null),
    batch: z.boolean().default(false),
    isStarting: z.boolean().default(false),
    validFrom: pastDateSchema,
    validTo: pastDateSchema.nullable().default(null),
    source: sourceSchema,
  })
  .refine((price) => price.validTo === null || price.validTo > price.validFrom, { path: ["validTo"], error: "must be after validFrom" });

export const offerSchema = z.object({
  provider: text(120),
  providerSlug: slugSchema,
  modelId: text(200),
  url: optionalUrl,
  status: offerStatusSchema.nullable().default(null),
  prices: z.array(pricePointSchema).default([]),
});

export const scoreSignalSchema = z.object({
  kind: signalKindSchema,
  value: z.number().finite().nonnegative({ error: "must be zero or more" }),
  rounded: z.boolean().default(false),
  note: z.string().trim().max(300).nullable().default(null),
  source: sourceSchema,
});

export const toolProfileSchema = z.object({
  slug: slugSchema,
  name: text(120),
  kind: toolKindSchema,
  category: toolCategorySchema,
  vendor: text(120),
  summary: text(600),
  website: httpUrlSchema,
  sourceRepository: optionalUrl,
  license: z.string().trim().max(80).nullable().default(null),
  pricingModel: pricingModelSchema,
  freeTier: z.boolean(),
});

export const toolSeedSchema = toolProfileSchema
  .extend({
    status: toolStatusSchema,
    facts: factsSchema.default({}),
    capabilities: z.array(capabilitySchema).default([]),
    offers: z.array(offerSchema).default([]),
    signals: z.array(scoreSignalSchema).default([]),
  })
  .superRefine((tool, ctx) => {
    const starting = tool.offers.flatMap((offer) => offer.prices).filter((price) => price.isStarting);
    if (starting.length > 1) ctx.addIssue({ code: "custom", path: ["offers"], message: "only one price point can be the starting price" });
    const offerKeys = new Set<string>();
    tool.offers.forEach((offer, index) => {
      const key = `${offer.providerSlug}/${offer.modelId}`;
      if (offerKeys.has(key)) ctx.addIssue({ code: "custom", path: ["offers", index, "modelId"], message: `${key} is given twice` });
      offerKeys.add(key);
    });
    const kinds = new Set<string>();
    tool.signals.forEach((signal, index) => {
      if (kinds.has(signal.kind)) ctx.addIssue({ code: "custom", path: ["signals", index, "kind"], message: `${signal.kind} is given twice` });
      kinds.add(signal.kind);
    });
    if (tool.status.successor === tool.slug) ctx.addIssue({ code: "custom", path: ["status", "successor"], message: "cannot be the tool itself" });
  });

export const capabilityTagSchema = z.object({
  slug: tagSlugSchema,
  name: text(60),
  definition: text(300),
});

export type { SourceInput } from "./source";
export type ToolStatusInput = z.infer<typeof toolStatusSchema>;
export type OfferStatusInput = z.infer<typeof offerStatusSchema>;
export type CapabilityInput = z.infer<typeof capabilitySchema>;
export type PricePointInput = z.infer<typeof pricePointSchema>;
export type OfferInput = z.infer<typeof offerSchema>;
export type ScoreSignalInput = z.infer<typeof scoreSignalSchema>;
export type ToolProfileInput = z.infer<typeof toolProfileSchema>;
export type ToolSeed = z.infer<typeof toolSeedSchema>;
export type CapabilityTagInput = z.infer<typeof capabilityTagSchema>;
