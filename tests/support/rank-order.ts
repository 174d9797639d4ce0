import { expect } from "vitest";

/** Rank order as lists sort it: settled Ranks highest first, then provisional ones, then tools with no current Rank. */
export function expectRankOrder(tools: readonly { rank: number | null; provisional: boolean }[]) {
  const group = (tool: { rank: number | null; provisional: boolean }) => (tool.rank === null ? 2 : tool.provisional ? 1 : 0);
  const sorted = [...tools].sort((a, b) => group(a) - group(b) || (b.rank ?? 0) - (a.rank ?? 0));
  expect(tools.map((tool) => [group(tool), tool.rank])).toEqual(sorted.map((tool) => [group(tool), tool.rank]));
}
