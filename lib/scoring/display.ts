import type { KindStanding } from "@/lib/catalog/types";
import { TOOL_KIND_PLURALS } from "@/lib/schemas/enums";
import { DIMENSIONS, DIMENSION_LABELS, type Dimension } from "./method";

// How scores are said in words, the same on every page.

export const NO_DATA = "no data";

/** The explanation beside a "no data" cell (hover, focus and screen readers). */
export function noEvidenceText(dimension: Dimension, name: string): string {
  return `No evidence on ${DIMENSION_LABELS[dimension].toLowerCase()} for ${name}: nothing in the catalogue speaks to it yet, so it is left out of Rank rather than counted as 0.`;
}

/** "based on 3 of 5 dimensions". */
export const coverageText = (coverage: number) => `based on ${coverage} of ${DIMENSIONS.length} dimensions`;

/** "likely 55–70". */
export const bandText = (low: number, high: number) => `likely ${low}–${high}`;

/** "#4 of 120 models", or why the tool is not placed. */
export function kindStandingText(standing: KindStanding): string {
  const plural = TOOL_KIND_PLURALS[standing.kind];
  if (standing.position !== null) return `#${standing.position} of ${standing.total} ${plural}`;
  return `Not placed among the ${standing.total} ranked ${plural} (only settled Ranks are placed)`;
}

/** What a tool's Rank is, in a few words: "62/100", "45/100, provisional", "no current Rank". */
export function rankText(tool: { rank: number | null; provisional: boolean }): string {
  if (tool.rank === null) return "no current Rank";
  return `${tool.rank}/100${tool.provisional ? ", provisional" : ""}`;
}
