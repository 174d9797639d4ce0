import { z } from "zod";
import { LIFECYCLE_STATUSES, pricingModelSchema, toolCategorySchema, toolKindSchema } from "./enums";

/** "rank" leaves provisional Ranks after the others; "rank-all" sorts them in by their Rank. */
export const CATALOGUE_SORTS = ["rank", "rank-all", "name", "verified"] as const;
export const CATALOGUE_PAGE_SIZE = 24;

/** "available" (the default) lists tools one can pick today: active and in preview. */
export const CATALOGUE_STATUSES = ["available", "all", ...LIFECYCLE_STATUSES] as const;
export type CatalogueStatus = (typeof CATALOGUE_STATUSES)[number];

/** The catalogue's URL state: filters, sort and page. Shared by the /tools page and the API. */
export const catalogueQuerySchema = z.object({
  kind: toolKindSchema.optional(),
  category: toolCategorySchema.optional(),
  status: z.enum(CATALOGUE_STATUSES, { error: `must be one of ${CATALOGUE_STATUSES.join(", ")}` }).default("available"),
  pricing: pricingModelSchema.optional(),
  free: z.enum(["yes", "no"], { error: 'must be "yes" or "no"' }).optional(),
  sort: z.enum(CATALOGUE_SORTS, { error: `must be one of ${CATALOGUE_SORTS.join(", ")}` }).default("rank"),
  page: z.coerce.number({ error: "must be a whole number" }).int({ error: "must be a whole number" }).min(1, { error: "must be 1 or more" }).max(10_000).default(1),
});

export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;

type RawParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * For pages: keeps every valid parameter and drops the invalid ones (a
 * mistyped filter shows the unfiltered list rather than an error page).
 */
export function lenientCatalogueQuery(params: RawParams): CatalogueQuery {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const single = first(value);
    if (single) values[key] = single;
  }
  const parsed = catalogueQuerySchema.safeParse(values);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) delete values[String(issue.path[0])];
  return catalogueQuerySchema.parse(values);
}

/** The query string for a catalogue state, leaving defaults out so every state has one URL. */
export function catalogueHref(query: Partial<CatalogueQuery>): string {
  const params = new URLSearchParams();
  if (query.kind) params.set("kind", query.kind);
  if (query.category) params.set("category", query.category);
  if (query.status && query.status !== "available") params.set("status", query.status);
  if (query.pricing) params.set("pricing", query.pricing);
  if (query.free) params.set("free", query.free);
  if (query.sort && query.sort !== "rank") params.set("sort", query.sort);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `/tools?${search}` : "/tools";
}
