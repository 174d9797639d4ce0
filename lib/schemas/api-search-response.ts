import { z } from "zod";
import { component } from "./api-components";
import { pageFields } from "./api-responses";
import { pricingModelSchema, toolKindSchema } from "./enums";

const facet = <T extends z.ZodType>(value: T) => z.array(z.strictObject({ value, count: z.int().min(0) }));

export const searchResultSchema = component(
  z.strictObject({
    slug: z.string(),
    name: z.string(),
    kind: toolKindSchema,
    rank: z.int().nullable().meta({ description: "Null: no current Rank." }),
    provisional: z.boolean().meta({ description: "true when Rank rests on too few dimensions to be settled." }),
    pricingModel: pricingModelSchema,
    freeTier: z.boolean(),
    matchedCapabilities: z.array(z.string()).meta({ description: "Capabilities (or shared tags) that made the tool match." }),
    reasons: z.array(z.string()).meta({ description: "In like/from searches: what the tool shares with each tool searched from, in a few words." }),
    url: z.url(),
    apiUrl: z.url(),
  }),
  "SearchResult",
  "A tool found by a search.",
);

export const searchResponseSchema = component(
  z.strictObject({
    items: z.array(searchResultSchema),
    ...pageFields,
    facets: z.strictObject({ kind: facet(toolKindSchema), pricingModel: facet(pricingModelSchema) }),
  }),
  "SearchResults",
  "One page of search results, most relevant first, with counts per kind and per pricing model (each counted with every other filter applied but its own).",
);

export type ApiSearchResult = z.infer<typeof searchResultSchema>;
export type ApiSearchResponse = z.infer<typeof searchResponseSchema>;
