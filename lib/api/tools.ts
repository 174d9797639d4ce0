import { getCataloguePage, getMatchCounts, getTool, getToolNeighbours } from "@/lib/catalog/cached";
import { CATALOGUE_PAGE_SIZE } from "@/lib/schemas/catalogue-query";
import type { ApiAlternatives, ApiPricesAsOf, ApiToolDetail, ApiToolList } from "@/lib/schemas/api-responses";
import type { ToolListQuery } from "@/lib/schemas/api";
import { presentAlternative, presentPricesAsOf, presentSummary, presentTool } from "./present";

export async function toolListBody(query: ToolListQuery): Promise<ApiToolList> {
  const result = await getCataloguePage(query);
  return { items: result.items.map(presentSummary), total: result.total, page: result.page, pageSize: CATALOGUE_PAGE_SIZE, pageCount: result.pageCount };
}

/** A tool's full record with its current times-matched count; null when no published tool has the slug. */
export async function toolBody(slug: string): Promise<ApiToolDetail | null> {
  const [tool, counts] = await Promise.all([getTool(slug), getMatchCounts([slug])]);
  if (!tool) return null;
  return presentTool({ ...tool, timesMatched: counts[slug] ?? tool.timesMatched });
}

export async function alternativesBody(slug: string, limit: number): Promise<ApiAlternatives | null> {
  const [tool, neighbours] = await Promise.all([getTool(slug), getToolNeighbours(slug, limit)]);
  if (!tool) return null;
  return { tool: { slug: tool.slug, name: tool.name }, items: neighbours.map(presentAlternative) };
}

/** Each offer of a tool with the prices in force on a date; null when no published tool has the slug. */
export async function pricesBody(slug: string, asOf: string): Promise<ApiPricesAsOf | null> {
  const tool = await getTool(slug);
  if (!tool) return null;
  return presentPricesAsOf(tool, asOf);
}
