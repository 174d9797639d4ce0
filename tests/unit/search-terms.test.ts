import { describe, expect, it } from "vitest";
import { parseSearchText } from "@/lib/search/terms";

describe("parseSearchText", () => {
  it("finds nothing to search in blank or punctuation-only text", () => {
    for (const input of [undefined, "", "   ", "!!! ??? ---", "'\\\"();:&|<->"]) expect(parseSearchText(input)).toBeNull();
  });

  it("keeps letters and digits only, so typed operators cannot reach the tsquery", () => {
    const text = parseSearchText("gpt-4o & (mini) | !claude:* <-> 'x'")!;
    expect(text.tsquery).not.toMatch(/[!'"\\;]/);
    expect(text.phrase).toBe("gpt 4o mini claude x");
    for (const concept of text.concepts) expect(concept).toMatch(/^[\p{L}\p{N}:*|&<>() -]+$/u);
    expect(text.concepts.slice(0, 5)).toEqual(["gpt", "4o", "mini:*", "claude:*", "x"]);
  });

  it("spells the words as a slug, and names the category they name on their own", () => {
    expect(parseSearchText("GPT-5")!.slug).toBe("gpt-5");
    expect(parseSearchText("llama.cpp")!.slug).toBe("llama-cpp");
    expect(parseSearchText("LLM")!.category).toBe("llm");
    expect(parseSearchText("coding agents")!.category).toBe("coding_agent");
    expect(parseSearchText("run llama locally")!.category).toBeNull();
  });

  it("matches words of four letters or more by prefix", () => {
    expect(parseSearchText("lang")!.concepts).toEqual(["lang:*"]);
    expect(parseSearchText("ai")!.concepts).toEqual(["ai"]);
  });

  it("also looks for short queries' words written together, and for them as a phrase", () => {
    const text = parseSearchText("Dream Booth")!;
    expect(text.concepts).toEqual(["dream:*", "booth:*", "dreambooth:*", "dream <-> booth"]);
    expect(text.phrases).toEqual([false, false, false, true]);
    expect(text.tsquery).toBe("(dream:*) | (booth:*) | (dreambooth:*) | (dream <-> booth)");
  });

  it("ORs the words of a long need instead of requiring all of them, without joining them", () => {
    const text = parseSearchText("fine-tune an image model on five photos of my dog")!;
    expect(text.concepts).toContain("dog");
    expect(text.concepts).toContain("photos:* | images:*");
    expect(text.concepts.some((concept) => concept.includes("<->"))).toBe(false);
    expect(text.concepts.some((concept) => concept.includes("finetune"))).toBe(false);
    expect(text.tsquery.split(" | (").length).toBe(text.concepts.length);
  });

  it("adds synonyms as alternatives of the typed word, multi-word ones as all-of", () => {
    const [llm] = parseSearchText("llm")!.concepts;
    expect(llm).toBe("llm | (language & model) | (text & generation)");
  });

  it("looks for typed words of four letters or more in names with typos, and short queries' words written together", () => {
    const text = parseSearchText("gemni flsh")!;
    expect(text.nameWords).toEqual(["gemni", "flsh", "gemniflsh"]);
    // Each shares the rarity of its own concept.
    expect(text.nameWordConcepts.map((position) => text.concepts[position - 1])).toEqual(["gemni:*", "flsh:*", "gemniflsh:*"]);
    expect(parseSearchText("speech to text")!.nameWords).toEqual(["speech", "text"]);
  });

  it("reads more than four words as a sentence, whose words are looked up as mistyped names only when the catalogue lacks them", () => {
    expect(parseSearchText("run llama locally on my laptop")!.sentence).toBe(true);
    expect(parseSearchText("open source vector database")!.sentence).toBe(false);
    expect(parseSearchText("gemni flsh")!.sentence).toBe(false);
  });

  it("leaves bare numbers out of sentences (they would match version numbers in names), not out of names", () => {
    expect(parseSearchText("fine-tune an image model on 5 photos of my dog")!.concepts).not.toContain("5");
    expect(parseSearchText("gemini 2 5 pro")!.concepts.slice(0, 4)).toEqual(["gemini:*", "2", "5", "pro"]);
  });

  it("caps the number and length of words", () => {
    const text = parseSearchText(`${"a".repeat(500)} ${Array.from({ length: 30 }, (_, i) => `w${i}`).join(" ")}`)!;
    expect(text.phrase.split(" ")).toHaveLength(12);
    expect(text.phrase.split(" ")[0]).toHaveLength(40);
  });
});
