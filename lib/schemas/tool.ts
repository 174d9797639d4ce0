import { z } from "zod";
import { canonicalDecimal } from "@/lib/decimal";
import { isValidSlug } from "@/lib/slug";
import { pricingModelSchema, priceUnitSchema, signalKindSchema, toolKindSchema } from "./enums";

/** A calendar date written as YYYY-MM-DD that is a real date and not in the future. */
export const pastDateSchema = z.iso
  .date({ error: "must be a date written YYYY-MM-DD" })
  .refine((value) => value <= new Date().toISOString().slice(0, 10), { error: "must not be in the future" });

const text = (max: number) => z.string().trim().min(1, { error: "is required" }).max(max, { error: `must be at most ${max} characters` });
const optionalUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).nullable().default(null);

export const slugSchema = z
  .string()
  .trim()
  .refine(isValidSlug, { error: "must be lowercase letters, digits and single hyphens (e.g. gpt-4o-mini)" });

export const tagSlugSchema = slugSchema;

export const capabilitySchema = z.object({
  title: text(120),
  description: text(2000),
  unique: text(1000),
  vsAlternatives: text(1000),
  tags: z.array(tagSlugSchema).min(1, { error: "needs at least one capability tag" }).max(8),
});

/** Amounts are decimal strings so no float rounding reaches the database. */
export const amountSchema = z
  .string()
  .trim()
  .regex(/^\d{1,10}(\.\d{1,8})?$/, { error: "must be a non-negative decimal such as 0.075" })
  .transform((value) => canonicalDecimal(value));

export const pricePointSchema = z.object({
  label: text(80),
  amount: amountSchema,
  currency: z.string().regex(/^[A-Z]{3}$/, { error: "must be a three-letter currency code such as USD" }).default("USD"),
  unit: priceUnitSchema,
  isStarting: z.boolean().default(false),
  asOf: pastDateSchema,
});

export const scoreSignalSchema = z.object({
  kind: signalKindSchema,
  value: z.number().finite().nonnegative({ error: "must be zero or more" }),
  source: z.url({ protocol: /^https?$/, error: "must be the http(s) URL the value was read from" }),
  observedAt: pastDateSchema,
  note: z.string().trim().max(300).nullable().default(null),
});

export const toolProfileSchema = z.object({
  slug: slugSchema,
  name: text(120),
  kind: toolKindSchema,
  vendor: text(120),
  summary: text(600),
  website: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
  sourceRepository: optionalUrl,
  license: z.string().trim().max(80).nullable().default(null),
  pricingModel: pricingModelSchema,
  freeTier: z.boolean(),
  lastVerifiedAt: pastDateSchema,
});

export const toolSeedSchema = toolProfileSchema
  .extend({
    capabilities: z.array(capabilitySchema).min(1, { error: "needs at least one capability" }),
    prices: z.array(pricePointSchema).default([]),
    signals: z.array(scoreSignalSchema).default([]),
  })
  .superRefine((tool, ctx) => {
    const starting = tool.prices.filter((price) => price.isStarting);
    if (starting.length > 1) {
      ctx.addIssue({ code: "custom", path: ["prices"], message: "only one price point can be the starting price" });
    }
    const kinds = new Set<string>();
    tool.signals.forEach((signal, index) => {
      if (kinds.has(signal.kind)) {
        ctx.addIssue({ code: "custom", path: ["signals", index, "kind"], message: `${signal.kind} is given twice` });
      }
      kinds.add(signal.kind);
    });
  });

export const capabilityTagSchema = z.object({
  slug: tagSlugSchema,
  name: text(60),
  definition: text(300),
});

export type CapabilityInput = z.infer<typeof capabilitySchema>;
export type PricePointInput = z.infer<typeof pricePointSchema>;
export type ScoreSignalInput = z.infer<typeof scoreSignalSchema>;
export type ToolProfileInput = z.infer<typeof toolProfileSchema>;
export type ToolSeed = z.infer<typeof toolSeedSchema>;
export type CapabilityTagInput = z.infer<typeof capabilityTagSchema>;
