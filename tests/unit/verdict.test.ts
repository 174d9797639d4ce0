import { describe, expect, it } from "vitest";
import { buildVerdict, evidenceLeader, strictLeader, type VerdictTool } from "@/lib/verdict";

type Dims = [number | null, number | null, number | null, number | null, (number | null)?];
const tool = (name: string, rank: number | null, dims: Dims, freeTier = false, capabilityCount = 10, extra: Partial<VerdictTool> = {}): VerdictTool => ({
  name,
  kind: "model",
  rank,
  provisional: false,
  freeTier,
  capabilityCount,
  scores: { adoption: dims[0], quality: dims[1], ecosystem: dims[2], matchGraph: dims[3], freshness: dims[4] === undefined ? 50 : dims[4], coverage: 5 },
  ...extra,
});

describe("verdict", () => {
  it("names the higher Rank and who leads on what", () => {
    const text = buildVerdict([tool("Gemini", 27, [0, 40, 0, 10]), tool("Dreambooth", 43, [50, 10, 30, 10], true)]).join(" ");
    expect(text).toContain("Dreambooth scores higher at 43/100 vs Gemini at 27/100.");
    expect(text).toContain("Dreambooth leads on adoption and ecosystem, while Gemini is stronger on quality.");
    expect(text).toContain("They tie on match graph and freshness.");
    expect(text).toContain("Dreambooth also has a free tier");
  });

  it("never says a tool leads on a dimension where both score the same", () => {
    const text = buildVerdict([tool("A", 27, [0, 0, 0, 0]), tool("B", 43, [1, 0, 1, 0])]).join(" ");
    expect(text).not.toMatch(/A leads on quality/);
    expect(text).toContain("They tie on quality, match graph and freshness.");
    expect(text).toContain("B leads on adoption and ecosystem.");
  });

  it("says ties on Rank as ties", () => {
    const text = buildVerdict([tool("A", 30, [1, 2, 3, 4]), tool("B", 30, [4, 3, 2, 1])]).join(" ");
    expect(text).toContain("A and B tie on Rank at 30/100.");
  });

  it("says when all sub-scores tie", () => {
    expect(buildVerdict([tool("A", 10, [5, 5, 5, 5]), tool("B", 10, [5, 5, 5, 5])])[1]).toBe(
      "They tie on adoption, quality, ecosystem, match graph and freshness, so no sub-score separates them.",
    );
  });

  it("handles free tiers on both, neither and one side", () => {
    expect(buildVerdict([tool("A", 1, [0, 0, 0, 0], true), tool("B", 2, [0, 0, 0, 0], true)])[2]).toBe("Both have a free tier.");
    expect(buildVerdict([tool("A", 1, [0, 0, 0, 0]), tool("B", 2, [0, 0, 0, 0])])[2]).toBe("Neither has a free tier.");
  });

  it("writes a verdict for three or four tools", () => {
    const text = buildVerdict([tool("A", 50, [9, 1, 1, 1]), tool("B", 40, [1, 9, 1, 1]), tool("C", 30, [1, 1, 9, 1])]).join(" ");
    expect(text).toContain("A scores higher at 50/100 vs B at 40/100 and C at 30/100.");
    expect(text).toContain("All tie on match graph and freshness.");
  });

  it("refuses a verdict of one tool", () => {
    expect(() => buildVerdict([tool("A", 1, [0, 0, 0, 0])])).toThrow();
  });

  it("says there is no evidence instead of comparing, and never makes no data a leader", () => {
    const text = buildVerdict([tool("GPT", 41, [null, 80, null, 40]), tool("Gemini", 36, [null, 70, null, 40])]).join(" ");
    expect(text).toContain("No evidence on adoption or ecosystem for GPT.");
    expect(text).toContain("No evidence on adoption or ecosystem for Gemini.");
    expect(text).not.toMatch(/adoption and|on adoption,|tie on adoption/);
    const lonely = buildVerdict([tool("A", 50, [30, 10, 10, 10]), tool("B", 40, [null, 10, 10, 10])]).join(" ");
    expect(lonely).not.toMatch(/leads on adoption/);
    expect(lonely).toContain("No evidence on adoption for B.");
  });

  it("compares only settled Ranks, and says which are provisional or missing", () => {
    const text = buildVerdict([
      tool("Old", null, [10, 10, 10, 10, 0], false, 10, { lifecycle: { value: "retired", date: "2026-06-17", successor: null } }),
      tool("New", 70, [null, null, null, 40, null], false, 10, { provisional: true, scores: { adoption: null, quality: null, ecosystem: null, matchGraph: 40, freshness: null, coverage: 1 } }),
      tool("Solid", 60, [50, 50, 50, 50]),
    ]).join(" ");
    expect(text).toContain("Old has no current Rank (retired).");
    expect(text).toContain("New's Rank of 70/100 is provisional: it rests on 1 of 5 dimensions.");
    expect(text).toContain("Only Solid has a settled Rank (60/100).");
    expect(text).not.toContain("New scores higher");
  });

  it("says when tools of different kinds are compared", () => {
    const text = buildVerdict([tool("Model", 50, [1, 1, 1, 1]), tool("Lib", 60, [1, 1, 1, 1], false, 10, { kind: "library" })]).join(" ");
    expect(text).toContain("These are different kinds of tool (model and library): each is scored against its own kind");
    expect(buildVerdict([tool("A", 50, [1, 1, 1, 1]), tool("B", 60, [1, 1, 1, 1])]).join(" ")).not.toContain("different kinds");
  });

  it("finds a leader only among values, with at least two to compare", () => {
    expect(evidenceLeader([null, 3, 2], (n) => n)).toBe(3);
    expect(evidenceLeader([null, 3, null], (n) => n)).toBeNull();
    expect(evidenceLeader([0, null], (n) => n)).toBeNull();
  });

  it("finds a strict leader or none", () => {
    expect(strictLeader([1, 3, 2], (n) => n)).toBe(3);
    expect(strictLeader([3, 3, 2], (n) => n)).toBeNull();
  });
});
