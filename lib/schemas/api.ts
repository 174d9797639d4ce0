import { z } from "zod";
import { MAX_COMPARED } from "@/lib/compare-url";
import { catalogueQuerySchema } from "./catalogue-query";
import { pricingModelSchema, toolKindSchema } from "./enums";
import { SLUG_PATTERN } from "@/lib/slug";
import { MAX_SEARCH_TAGS, SEARCH_PAGE_SIZE, searchPageSchema } from "./search";
import { isoDateSchema, slugSchema, tagSlugSchema } from "./tool";

// The inputs of the public API (/api/v1). Handlers parse with these and the
// OpenAPI document describes its parameters from these, so the two agree.
// Response bodies are in ./api-responses.ts.

const described = <T extends z.ZodType>(schema: T, description: string, extra: Record<string, unknown> = {}): T => schema.meta({ description, ...extra });

/** What a slug looks like, for the OpenAPI document (the check itself is isValidSlug). */
const SLUG_FORMAT = { pattern: SLUG_PATTERN.source, maxLength: 100 };
const SLUG_LIST_FORMAT = { pattern: `^${SLUG_PATTERN.source.slice(1, -1)}(,${SLUG_PATTERN.source.slice(1, -1)})*$` };

const slugList = (min: number, max: number, what: string) =>
  z
    .string()
    .transform((value) => value.split(",").map((part) => part.trim()).filter(Boolean))
    .pipe(
      z
        .array(slugSchema)
        .min(min, { error: `must name at least ${min} ${what}` })
        .max(max, { error: `must name at most ${max} ${what}` })
        .refine((slugs) => new Set(slugs).size === slugs.length, { error: "must not name a tool twice" }),
    );

export const toolPathSchema = z.object({
  slug: described(slugSchema, "The tool's slug, e.g. gpt-4o-mini.", SLUG_FORMAT),
});

/** For endpoints that take no query parameters: each one given is reported. */
export const noQuerySchema = z.object({});

export const toolListQuerySchema = z.object({
  kind: described(catalogueQuerySchema.shape.kind, "Only tools of this kind."),
  category: described(catalogueQuerySchema.shape.category, "Only tools that do this job (e.g. llm, vector-database)."),
  status: described(catalogueQuerySchema.shape.status, "available (the default: active and preview), all, or one lifecycle status."),
  pricing: described(catalogueQuerySchema.shape.pricing, "Only tools with this pricing model."),
  free: described(catalogueQuerySchema.shape.free, "yes: only tools with a free tier; no: only tools without one."),
  sort: described(catalogueQuerySchema.shape.sort, "Order: rank (highest first, provisional Ranks after the others), rank-all (highest first, provisional Ranks mixed in), name (A–Z) or verified (most recently verified first)."),
  page: described(catalogueQuerySchema.shape.page, "Page number, from 1; pages hold 24 tools."),
});

export const pricesQuerySchema = z.object({
  asOf: described(isoDateSchema.optional(), "A date, YYYY-MM-DD: the prices in force on it (default: today)."),
});

export const compareQuerySchema = z.object({
  tools: described(slugList(2, MAX_COMPARED, "tools"), `Comma-separated slugs of 2 to ${MAX_COMPARED} tools, e.g. gpt-4o,claude-sonnet-4.`, SLUG_LIST_FORMAT),
});

export const alternativesQuerySchema = z.object({
  limit: described(
    z.coerce.number({ error: "must be a whole number" }).int({ error: "must be a whole number" }).min(1, { error: "must be 1 or more" }).max(50, { error: "must be 50 or less" }).default(6),
    "How many alternatives, 1 to 50.",
  ),
});


export const apiSearchQuerySchema = z.object({
  q: described(z.string().trim().max(200, { error: "must be at most 200 characters" }).optional(), "Words to find in tool names, vendors, summaries and capabilities."),
  kind: described(toolKindSchema.optional(), "Only tools of this kind."),
  pricing: described(pricingModelSchema.optional(), "Only tools with this pricing model."),
  free: described(catalogueQuerySchema.shape.free, "yes: only tools with a free tier; no: only tools without one."),
  tag: described(
    z.array(tagSlugSchema.meta(SLUG_FORMAT)).max(MAX_SEARCH_TAGS, { error: `must be given at most ${MAX_SEARCH_TAGS} times` }).optional(),
    "Capability tag slugs every result must have; repeat the parameter for several.",
  ),
  like: described(slugSchema.optional(), "Slug of a tool: find its alternatives, closest first. Not combined with from.", SLUG_FORMAT),
  from: described(slugList(1, MAX_COMPARED, "tools").optional(), "Comma-separated slugs of 1 to 4 tools (e.g. a comparison): find tools close to them, strongest links first (a tool close to several sums its links).", SLUG_LIST_FORMAT),
  page: described(searchPageSchema, `Page number, from 1 to 500; pages hold ${SEARCH_PAGE_SIZE} results.`),
});

export type ToolListQuery = z.infer<typeof toolListQuerySchema>;
export type PricesQuery = z.infer<typeof pricesQuerySchema>;
export type CompareQuery = z.infer<typeof compareQuerySchema>;
export type AlternativesQuery = z.infer<typeof alternativesQuerySchema>;
export type ApiSearchQuery = z.infer<typeof apiSearchQuerySchema>;

export const SUGGEST_MAX_LENGTH = 100;

export const suggestQuerySchema = z.object({
  q: described(
    z.string({ error: "is required" }).trim().min(1, { error: "must not be empty" }).max(SUGGEST_MAX_LENGTH, { error: `must be at most ${SUGGEST_MAX_LENGTH} characters` }),
    "What has been typed so far; its last word may be unfinished.",
  ),
});
export type SuggestQuery = z.infer<typeof suggestQuerySchema>;
