import { searchQuerySchema } from "@/lib/schemas/search";
import { searchTools } from "@/lib/search/search";
import type { LabelledQueries } from "./search-fixture";

export type QueryOutcome = { q: string; kind: string; position: number | null; top: string[] };
export type Relevance = { successAt3: number; mrrAt10: number; outcomes: QueryOutcome[] };

/**
 * Runs each labelled query through searchTools (the page's and API's search)
 * and scores the first page: success@3 is the share of queries with a right
 * answer in the first three results, MRR@10 the mean of 1/position of the
 * first right answer in the first ten (0 when there is none).
 */
export async function measureRelevance(queries: LabelledQueries): Promise<Relevance> {
  const outcomes: QueryOutcome[] = [];
  for (const { q, kind, right } of queries) {
    const results = await searchTools(searchQuerySchema.parse({ q }), 10);
    const top = results.hits.map((hit) => hit.slug);
    const index = top.findIndex((slug) => right.includes(slug));
    outcomes.push({ q, kind, position: index === -1 ? null : index + 1, top });
  }
  const successAt3 = outcomes.filter((outcome) => outcome.position !== null && outcome.position <= 3).length / outcomes.length;
  const mrrAt10 = outcomes.reduce((sum, outcome) => sum + (outcome.position ? 1 / outcome.position : 0), 0) / outcomes.length;
  return { successAt3, mrrAt10, outcomes };
}

/** A table of the misses (no right answer in the first three), for reports and failure messages. */
export function describeMisses(relevance: Relevance): string {
  return relevance.outcomes
    .filter((outcome) => outcome.position === null || outcome.position > 3)
    .map((outcome) => `  ${outcome.kind.padEnd(34)} "${outcome.q}": ${outcome.position ? `first right answer at ${outcome.position}` : "none in the first 10"} (got ${outcome.top.slice(0, 3).join(", ") || "nothing"})`)
    .join("\n");
}
