import { z } from "zod";
import { MAX_COMPARED } from "@/lib/compare-url";
import { isValidSlug } from "@/lib/slug";
import { pricingModelSchema, toolKindSchema } from "./enums";

export const SEARCH_PAGE_SIZE = 20;
export const MAX_SEARCH_LENGTH = 200;
export const MAX_SEARCH_TAGS = 5;
/** relevance: best match first; price: cheapest starting price first, within one category and price unit. */
export const SEARCH_SORTS = ["relevance", "price"] as const;

export const searchPageSchema = z.coerce
  .number({ error: "must be a whole number" })
  .int({ error: "must be a whole number" })
  .min(1, { error: "must be 1 or more" })
  .max(500, { error: "must be 500 or less" })
  .default(1);

const slugSchema = z.string().refine(isValidSlug, { error: "must be a tool or tag slug (lowercase letters, digits, hyphens)" });
const oneOrMany = (value: unknown) => (value === undefined || Array.isArray(value) ? value : [value]);
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/**
 * The search's URL state, shared by the /search page (through
 * `lenientSearchQuery`) and the API (strict: `searchQuerySchema.safeParse`).
 * `q` is free text; `like` lists a tool's alternatives; `from` starts from the
 * capabilities of up to four tools ("a,b"); the rest are facet filters.
 */
export const searchQuerySchema = z
  .object({
    q: z.preprocess(blankToUndefined, z.string().trim().max(MAX_SEARCH_LENGTH, { error: `must be at most ${MAX_SEARCH_LENGTH} characters` }).optional()),
    kind: toolKindSchema.optional(),
    pricing: pricingModelSchema.optional(),
    free: z.enum(["yes", "no"], { error: 'must be "yes" or "no"' }).optional(),
    tag: z.preprocess(
      oneOrMany,
      z.array(slugSchema).max(MAX_SEARCH_TAGS, { error: `at most ${MAX_SEARCH_TAGS} tags` }).transform((tags) => [...new Set(tags)].sort()).default([]),
    ),
    like: z.preprocess(blankToUndefined, slugSchema.optional()),
    from: z.preprocess(
      (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : value.split(",")) : value),
      z
        .array(slugSchema)
        .min(1)
        .max(MAX_COMPARED, { error: `at most ${MAX_COMPARED} tools` })
        .transform((slugs) => [...new Set(slugs)].sort())
        .optional(),
    ),
    sort: z.enum(SEARCH_SORTS, { error: 'must be "relevance" or "price"' }).default("relevance"),
    cheaper: z.preprocess(blankToUndefined, slugSchema.optional()),
    page: searchPageSchema,
  })
  .refine((query) => !(query.like && query.from), { error: 'cannot be combined with "like"', path: ["from"] });

export type SearchQuery = z.infer<typeof searchQuerySchema>;
export type SearchQueryInput = z.input<typeof searchQuerySchema>;

type RawParams = Record<string, string | string[] | undefined>;

/** URLSearchParams as the schema expects them: repeated keys (tag) become arrays. */
export function rawSearchParams(params: URLSearchParams): RawParams {
  const raw: RawParams = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    raw[key] = values.length > 1 ? values : values[0];
  }
  return raw;
}

const KEYS = ["q", "kind", "pricing", "free", "tag", "like", "from", "sort", "cheaper", "page"] as const;

/**
 * For the page: keeps every valid parameter and drops the invalid ones (and
 * invalid tags one by one), so a mistyped link still shows a useful search.
 */
export function lenientSearchQuery(params: RawParams): SearchQuery {
  const values: RawParams = {};
  for (const key of KEYS) {
    const value = params[key];
    if (value === undefined) continue;
    if (key === "tag") values.tag = (Array.isArray(value) ? value : [value]).filter(isValidSlug).slice(0, MAX_SEARCH_TAGS);
    else values[key] = Array.isArray(value) ? value[0] : value;
  }
  if (typeof values.q === "string") values.q = values.q.slice(0, MAX_SEARCH_LENGTH);
  if (values.like && values.from) delete values.from;
  const parsed = searchQuerySchema.safeParse(values);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) delete values[String(issue.path[0])];
  return searchQuerySchema.parse(values);
}

/** The URL of a search state, leaving defaults out so every state has one URL. */
export function searchHref(query: Partial<SearchQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.like) params.set("like", query.like);
  if (query.from?.length) params.set("from", query.from.join(","));
  if (query.kind) params.set("kind", query.kind);
  if (query.pricing) params.set("pricing", query.pricing);
  if (query.free) params.set("free", query.free);
  for (const tag of query.tag ?? []) params.append("tag", tag);
  if (query.sort && query.sort !== "relevance") params.set("sort", query.sort);
  if (query.cheaper) params.set("cheaper", query.cheaper);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString().replace(/%2C/g, ",");
  return search ? `/search?${search}` : "/search";
}

/** True when the URL asks for nothing yet (the landing state of the page). */
export function isBlankSearch(query: SearchQuery): boolean {
  return !query.q && !query.like && !query.from && !query.kind && !query.pricing && !query.free && query.tag.length === 0 && !query.cheaper && query.sort === "relevance";
}
