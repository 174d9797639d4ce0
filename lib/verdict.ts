import type { StatusView } from "@/lib/catalog/types";
import { lifecycleSentence } from "@/lib/lifecycle";
import { DIMENSIONS, DIMENSION_LABELS, type Dimension } from "@/lib/scoring/method";

export type VerdictTool = {
  name: string;
  lifecycle?: Pick<StatusView, "value" | "date" | "successor">;
  scores: Record<Dimension, number> & { rank: number };
  freeTier: boolean;
  capabilityCount: number;
};

/** Who is strictly ahead on a number; null when the top value is shared. */
export function strictLeader<T>(items: readonly T[], value: (item: T) => number): T | null {
  const top = Math.max(...items.map(value));
  const leaders = items.filter((item) => value(item) === top);
  return leaders.length === 1 ? leaders[0]! : null;
}

const lower = (dimension: Dimension) => DIMENSION_LABELS[dimension].toLowerCase();

export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

function rankSentence(tools: readonly VerdictTool[]): string {
  const ordered = [...tools].sort((a, b) => b.scores.rank - a.scores.rank);
  const leader = strictLeader(tools, (tool) => tool.scores.rank);
  if (!leader) {
    const top = ordered[0]!.scores.rank;
    const tied = ordered.filter((tool) => tool.scores.rank === top).map((tool) => tool.name);
    const rest = ordered.filter((tool) => tool.scores.rank !== top);
    const tail = rest.length ? `, ahead of ${joinWords(rest.map((tool) => `${tool.name} at ${tool.scores.rank}/100`))}` : "";
    return `${joinWords(tied)} tie on Rank at ${top}/100${tail}.`;
  }
  const others = ordered.filter((tool) => tool !== leader).map((tool) => `${tool.name} at ${tool.scores.rank}/100`);
  return `${leader.name} scores higher at ${leader.scores.rank}/100 vs ${joinWords(others)}.`;
}

function dimensionSentence(tools: readonly VerdictTool[]): string {
  const leads = new Map<VerdictTool, string[]>();
  const ties: string[] = [];
  for (const dimension of DIMENSIONS) {
    const leader = strictLeader(tools, (tool) => tool.scores[dimension]);
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
 * leads on a dimension only when its score is strictly higher; ties are said.
 */
export function buildVerdict(tools: readonly VerdictTool[]): string[] {
  if (tools.length < 2) throw new Error("A verdict needs at least two tools");
  const lifecycle = tools.flatMap((tool) => (tool.lifecycle ? [lifecycleSentence(tool.name, tool.lifecycle)] : [])).filter((line): line is string => line !== null);
  return [...lifecycle, rankSentence(tools), dimensionSentence(tools), freeTierSentence(tools), capabilitySentence(tools)];
}
