import type { z } from "zod";
import { alternativesQuerySchema, apiSearchQuerySchema, compareQuerySchema, noQuerySchema, pricesQuerySchema, suggestQuerySchema, toolListQuerySchema, toolPathSchema } from "@/lib/schemas/api";
import { alternativesResponseSchema, comparisonResponseSchema, pricesAsOfResponseSchema, toolDetailSchema, toolListResponseSchema } from "@/lib/schemas/api-responses";
import { searchResponseSchema } from "@/lib/schemas/api-search-response";
import { suggestResponseSchema } from "@/lib/schemas/api-suggest-response";

/** One GET endpoint of the public API: the schemas its handler parses with and answers with. */
export type ApiRoute = {
  path: string;
  operationId: string;
  summary: string;
  description: string;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  response: z.ZodType;
  /** Answers 404 when a slug names no published tool. */
  notFound: boolean;
};

export const API = {
  listTools: {
    path: "/tools",
    operationId: "listTools",
    summary: "List tools",
    description: "The catalogue, filtered and sorted, 24 tools a page.",
    query: toolListQuerySchema,
    response: toolListResponseSchema,
    notFound: false,
  },
  getTool: {
    path: "/tools/{slug}",
    operationId: "getTool",
    summary: "One tool",
    description: "A tool with its capabilities, prices, scores, score evidence and times matched.",
    pathParams: toolPathSchema,
    query: noQuerySchema,
    response: toolDetailSchema,
    notFound: true,
  },
  listAlternatives: {
    path: "/tools/{slug}/alternatives",
    operationId: "listAlternatives",
    summary: "Alternatives to a tool",
    description: "The tools a person choosing this one would also consider, strongest link first (see /methodology#match-graph), each with the link's strength, what they share in a few words and the capability tags both carry.",
    pathParams: toolPathSchema,
    query: alternativesQuerySchema,
    response: alternativesResponseSchema,
    notFound: true,
  },
  listPricesAsOf: {
    path: "/tools/{slug}/prices",
    operationId: "listPricesAsOf",
    summary: "A tool's prices on a date",
    description: "Each offer of the tool (its vendor and hosting providers) with the prices in force on the given date; prices are never overwritten, so any past date can be asked.",
    pathParams: toolPathSchema,
    query: pricesQuerySchema,
    response: pricesAsOfResponseSchema,
    notFound: true,
  },
  compareTools: {
    path: "/compare",
    operationId: "compareTools",
    summary: "Compare 2 to 4 tools",
    description: "The tools side by side, who leads each score, and the verdict of the comparison page.",
    query: compareQuerySchema,
    response: comparisonResponseSchema,
    notFound: true,
  },
  searchTools: {
    path: "/search",
    operationId: "searchTools",
    summary: "Search tools",
    description: "Tools by words, capability tags, kind, pricing, or closeness to other tools in the match graph, with facet counts.",
    query: apiSearchQuerySchema,
    response: searchResponseSchema,
    notFound: false,
  },
  suggest: {
    path: "/suggest",
    operationId: "suggest",
    summary: "Suggestions as you type",
    description: "Tools, capabilities and capability tags for what has been typed so far in a search box (its last word may be unfinished).",
    query: suggestQuerySchema,
    response: suggestResponseSchema,
    notFound: false,
  },
} satisfies Record<string, ApiRoute>;

export const API_ROUTES: readonly ApiRoute[] = Object.values(API);
