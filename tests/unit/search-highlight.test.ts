import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START, plainParts, splitMarked } from "@/lib/search/highlight";

const marked = (text: string) => `${MARK_START}${text}${MARK_END}`;

describe("splitMarked", () => {
  it("splits ts_headline output into plain and marked parts", () => {
    expect(splitMarked(`Teach ${marked("DreamBooth")} a ${marked("dog")}.`)).toEqual([
      { text: "Teach ", hit: false },
      { text: "DreamBooth", hit: true },
      { text: " a ", hit: false },
      { text: "dog", hit: true },
      { text: ".", hit: false },
    ]);
  });

  it("merges neighbouring marks and keeps markup as text", () => {
    expect(splitMarked(`${marked("fine")}${marked("-tune")} <b>x</b>`)).toEqual([
      { text: "fine-tune", hit: true },
      { text: " <b>x</b>", hit: false },
    ]);
  });

  it("returns the text whole when nothing is marked, and nothing for empty text", () => {
    expect(splitMarked("plain")).toEqual([{ text: "plain", hit: false }]);
    expect(splitMarked("")).toEqual([]);
    expect(plainParts("")).toEqual([]);
  });
});
