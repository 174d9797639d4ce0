import { describe, expect, it } from "vitest";
import { inputChange, type GraphInput } from "@/lib/matching/refresh-plan";
import type { LinkTool } from "@/lib/matching/strength";

const tool = (id: number, tags: string[], overrides: Partial<LinkTool> = {}): LinkTool => ({
  id, slug: `tool-${id}`, name: `Tool ${id}`, kind: "model", category: "llm", status: "active", tags, ...overrides,
});
/** 150 tools: tools 1–3 carry "rare", tools 1–115 "common" (counted as 120, rounded up), the rest "other". */
const catalogue = () => Array.from({ length: 150 }, (_, i) => tool(i + 1, [...(i < 3 ? ["rare"] : []), ...(i < 115 ? ["common"] : ["other"])]));
const input = (tools: LinkTool[], changes: Partial<GraphInput> = {}): GraphInput => ({ tools, tagNames: new Map([["rare", "Rare"]]), reach: new Map(), ...changes });
const changeOf = (before: GraphInput, after: GraphInput) => {
  const change = inputChange(before, after);
  if (change.full) throw new Error(`unexpected full recompute: ${change.why}`);
  return { moved: [...change.moved].sort((a, b) => a - b), own: [...change.own].sort((a, b) => a - b), gone: change.gone };
};

describe("which lists an edit can change", () => {
  const before = input(catalogue());

  it("moves the edited tool, and the carriers of a tag whose rounded count changed", () => {
    const addRare = catalogue().map((t) => (t.id === 150 ? { ...t, tags: ["other", "rare"] } : t));
    expect(changeOf(before, input(addRare)).moved).toEqual([1, 2, 3, 150]);
    // "common" goes from 115 to 116 carriers, both counted as 120: its weight and its carriers stay.
    const addCommon = catalogue().map((t) => (t.id === 150 ? { ...t, tags: ["common", "other"] } : t));
    expect(changeOf(before, input(addCommon)).moved).toEqual([150]);
  });

  it("touches only a pair's own lists when its comparison reach changes, and a renamed tag's carriers", () => {
    expect(changeOf(before, input(catalogue(), { reach: new Map([["tool-1,tool-9", 40]]) }))).toEqual({ moved: [], own: [1, 9], gone: [] });
    expect(changeOf(before, input(catalogue(), { tagNames: new Map([["rare", "Seldom"]]) }))).toEqual({ moved: [], own: [1, 2, 3], gone: [] });
  });

  it("sees an unpublished tool as gone, and needs every list when the catalogue's rounded size moves", () => {
    expect(changeOf(before, input(catalogue().filter((t) => t.id !== 140))).gone).toEqual([140]);
    expect(inputChange(before, input([...catalogue(), tool(151, ["other"])])).full).toBe(true);
    expect(inputChange(input([]), before).full).toBe(true);
  });
});
