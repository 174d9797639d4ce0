import { describe, expect, it } from "vitest";
import { buildVerdict, strictLeader, type VerdictTool } from "@/lib/verdict";

const tool = (name: string, rank: number, dims: [number, number, number, number], freeTier = false, capabilityCount = 10): VerdictTool => ({
  name,
  freeTier,
  capabilityCount,
  scores: { rank, adoption: dims[0], quality: dims[1], ecosystem: dims[2], matchGraph: dims[3] },
});

describe("verdict", () => {
  it("names the higher Rank and who leads on what", () => {
    const text = buildVerdict([tool("Gemini", 27, [0, 40, 0, 10]), tool("Dreambooth", 43, [50, 10, 30, 10], true)]).join(" ");
    expect(text).toContain("Dreambooth scores higher at 43/100 vs Gemini at 27/100.");
    expect(text).toContain("Dreambooth leads on adoption and ecosystem, while Gemini is stronger on quality.");
    expect(text).toContain("They tie on match graph.");
    expect(text).toContain("Dreambooth also has a free tier");
  });

  it("never says a tool leads on a dimension where both score the same", () => {
    const text = buildVerdict([tool("A", 27, [0, 0, 0, 0]), tool("B", 43, [1, 0, 1, 0])]).join(" ");
    expect(text).not.toMatch(/A leads on quality/);
    expect(text).toContain("They tie on quality and match graph.");
    expect(text).toContain("B leads on adoption and ecosystem.");
  });

  it("says ties on Rank as ties", () => {
    const text = buildVerdict([tool("A", 30, [1, 2, 3, 4]), tool("B", 30, [4, 3, 2, 1])]).join(" ");
    expect(text).toContain("A and B tie on Rank at 30/100.");
  });

  it("says when all sub-scores tie", () => {
    expect(buildVerdict([tool("A", 10, [5, 5, 5, 5]), tool("B", 10, [5, 5, 5, 5])])[1]).toBe(
      "They tie on adoption, quality, ecosystem and match graph, so no sub-score separates them.",
    );
  });

  it("handles free tiers on both, neither and one side", () => {
    expect(buildVerdict([tool("A", 1, [0, 0, 0, 0], true), tool("B", 2, [0, 0, 0, 0], true)])[2]).toBe("Both have a free tier.");
    expect(buildVerdict([tool("A", 1, [0, 0, 0, 0]), tool("B", 2, [0, 0, 0, 0])])[2]).toBe("Neither has a free tier.");
  });

  it("writes a verdict for three or four tools", () => {
    const text = buildVerdict([tool("A", 50, [9, 1, 1, 1]), tool("B", 40, [1, 9, 1, 1]), tool("C", 30, [1, 1, 9, 1])]).join(" ");
    expect(text).toContain("A scores higher at 50/100 vs B at 40/100 and C at 30/100.");
    expect(text).toContain("All tie on match graph.");
  });

  it("refuses a verdict of one tool", () => {
    expect(() => buildVerdict([tool("A", 1, [0, 0, 0, 0])])).toThrow();
  });

  it("finds a strict leader or none", () => {
    expect(strictLeader([1, 3, 2], (n) => n)).toBe(3);
    expect(strictLeader([3, 3, 2], (n) => n)).toBeNull();
  });
});
