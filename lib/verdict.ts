import type { StatusView, ToolDetail } from "@/lib/catalog/types";
import { lifecycleSentence } from "@/lib/lifecycle";
import { TOOL_KIND_LABELS, type ToolKind } from "@/lib/schemas/enums";
import { DIMENSIONS, DIMENSION_LABELS, type Dimension } from "@/lib/scoring/method";
import type { SubScores } from "@/lib/scoring/rank";

export type VerdictTool = {
  name: string;
  kind: ToolKind;
  lifecycle?: Pick<StatusView, "value" | "date" | "successor">;
  rank: number | null;
  provisional: boolean;
  /** Null: no scores computed; every sub-score then counts as without evidence. */
  scores: SubScores & { coverage: number | null } | null;
  freeTier: boolean;
  capabilityCount: number;
};

/** What the verdict reads of a tool, from the same record the table shows. */
export function verdictToolOf(tool: ToolDetail): VerdictTool {
  const { name, kind, lifecycle, rank, provisional, scores, freeTier } = tool;
  return { name, kind, lifecycle, rank, provisional, scores, freeTier, capabilityCount: tool.capabilities.length };
}

/** Who is strictly ahead on a number; null when the top value is shared. */
export function strictLeader<T>(items: readonly T[], value: (item: T) => number): T | null {
  const top = Math.max(...items.map(value));
  const leaders = items.filter((item) => value(item) === top);
  return leaders.length === 1 ? leaders[0]! : null;
}

/** The leader among the items that have a value; none without at least two values to compare (no data never leads). */
export function evidenceLeader<T>(items: readonly T[], value: (item: T) => number | null): T | null {
  const known = items.filter((item) => value(item) !== null);
  return known.length >= 2 ? strictLeader(known, (item) => value(item)!) : null;
}

/** The Rank to compare on: none for a provisional Rank or no current Rank. */
export const comparableRank = (tool: { rank: number | null; provisional: boolean }) => (tool.provisional ? null : tool.rank);

/** Tools of different kinds are each scored against their own kind, so their numbers are not measured against each other. */
export const isCrossKind = (tools: readonly { kind: ToolKind }[]) => new Set(tools.map((tool) => tool.kind)).size > 1;

const lower = (dimension: Dimension) => DIMENSION_LABELS[dimension].toLowerCase();
const subScore = (tool: VerdictTool, dimension: Dimension) => tool.scores?.[dimension] ?? null;

export function joinWords(words: readonly string[], last = "and"): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${last} ${words.at(-1)}`;
}

/** The sentence the table and the verdict share when tools of different kinds are compared. */
export function crossKindNotice(tools: readonly { kind: ToolKind }[]): string {
  const kinds = joinWords([...new Set(tools.map((tool) => TOOL_KIND_LABELS[tool.kind].toLowerCase()))]);
  return `These are different kinds of tool (${kinds}): each is scored against its own kind, so the numbers say how each stands among its peers, not which is better.`;
}

const crossKindSentence = (tools: readonly VerdictTool[]) => (isCrossKind(tools) ? [crossKindNotice(tools)] : []);

function unplacedSentence(tool: VerdictTool): string | null {
  if (tool.rank === null) return `${tool.name} has no current Rank${tool.lifecycle?.value === "retired" ? " (retired)" : ""}.`;
  if (!tool.provisional) return null;
  const on = tool.scores?.coverage != null ? `: it rests on ${tool.scores.coverage} of ${DIMENSIONS.length} dimensions` : "";
  return `${tool.name}'s Rank of ${tool.rank}/100 is provisional${on}.`;
}

function rankSentence(tools: readonly VerdictTool[]): string[] {
  const unplaced = tools.map(unplacedSentence).filter((line): line is string => line !== null);
  const placed = tools.filter((tool) => comparableRank(tool) !== null).sort((a, b) => b.rank! - a.rank!);
  if (placed.length < 2) return placed.length === 1 ? [`Only ${placed[0]!.name} has a settled Rank (${placed[0]!.rank}/100).`, ...unplaced] : unplaced;
  const leader = strictLeader(placed, (tool) => tool.rank!);
  if (!leader) {
    const top = placed[0]!.rank!;
    const tied = placed.filter((tool) => tool.rank === top).map((tool) => tool.name);
    const rest = placed.filter((tool) => tool.rank !== top);
    const tail = rest.length ? `, ahead of ${joinWords(rest.map((tool) => `${tool.name} at ${tool.rank}/100`))}` : "";
    return [`${joinWords(tied)} tie on Rank at ${top}/100${tail}.`, ...unplaced];
  }
  const others = placed.filter((tool) => tool !== leader).map((tool) => `${tool.name} at ${tool.rank}/100`);
  return [`${leader.name} scores higher at ${leader.rank}/100 vs ${joinWords(others)}.`, ...unplaced];
}

function dimensionSentence(tools: readonly VerdictTool[]): string {
  const leads = new Map<VerdictTool, string[]>();
  const ties: string[] = [];
  for (const dimension of DIMENSIONS) {
    const known = tools.filter((tool) => subScore(tool, dimension) !== null);
    if (known.length < 2) continue;
    const leader = strictLeader(known, (tool) => subScore(tool, dimension)!);
    if (leader) leads.set(leader, [...(leads.get(leader) ?? []), lower(dimension)]);
    else ties.push(lower(dimension));
  }
  const clauses = [...leads.entries()].map(([tool, dims], index) =>
    index === 0 ? `${tool.name} leads on ${joinWords(dims)}` : `${tool.name} is stronger on ${joinWords(dims)}`,
  );
  const parts: string[] = [];
  if (clauses.length) parts.push(`${clauses.join(", while ")}.`);
  if (ties.length) {
    const subject = tools.length === 2 ? "They" : "All";
    parts.push(`${subject} tie on ${joinWords(ties)}${ties.length === DIMENSIONS.length ? ", so no sub-score separates them" : ""}.`);
  }
  for (const tool of tools) {
    const missing = DIMENSIONS.filter((dimension) => subScore(tool, dimension) === null).map(lower);
    if (missing.length) parts.push(`No evidence on ${joinWords(missing, "or")} for ${tool.name}.`);
  }
  return parts.join(" ");
}

function freeTierSentence(tools: readonly VerdictTool[]): string {
  const free = tools.filter((tool) => tool.freeTier);
  if (free.length === 0) return `${tools.length === 2 ? "Neither" : "None of them"} has a free tier.`;
  if (free.length === tools.length) return `${tools.length === 2 ? "Both have" : "All have"} a free tier.`;
  return `${joinWords(free.map((tool) => tool.name))} also ${free.length === 1 ? "has" : "have"} a free tier, making ${free.length === 1 ? "it" : "them"} cheaper to try.`;
}

function capabilitySentence(tools: readonly VerdictTool[]): string {
  const leader = strictLeader(tools, (tool) => tool.capabilityCount);
  if (!leader) return `Each lists ${tools[0]!.capabilityCount} capabilities.`;
  const others = tools.filter((tool) => tool !== leader).map((tool) => `${tool.capabilityCount} for ${tool.name}`);
  return `${leader.name} lists the most capabilities (${leader.capabilityCount}, against ${joinWords(others)}).`;
}

/**
 * The one verdict rule, written from the same numbers the table shows: a tool
 * leads on a dimension only when its score is strictly higher than another
 * known score; no evidence is said, never compared; ties are said.
 */
export function buildVerdict(tools: readonly VerdictTool[]): string[] {
  if (tools.length < 2) throw new Error("A verdict needs at least two tools");
  const lifecycle = tools.flatMap((tool) => (tool.lifecycle ? [lifecycleSentence(tool.name, tool.lifecycle)] : [])).filter((line): line is string => line !== null);
  const dimensions = dimensionSentence(tools);
  return [...lifecycle, ...crossKindSentence(tools), ...rankSentence(tools), ...(dimensions ? [dimensions] : []), freeTierSentence(tools), capabilitySentence(tools)];
}
