import { describe, expect, it } from "vitest";
import { categoryNamed } from "@/lib/search/interpret";
import { hasReadings, readQuery, SELF_HOSTABLE_TAG } from "@/lib/search/reading";

describe("readQuery", () => {
  it.each([
    ["vllm alternative", "vllm"],
    ["vLLM alternatives", "vllm"],
    ["alternatives to Pinecone", "pinecone"],
    ["alternative for gpt-5", "gpt-5"],
    ["like cursor", "cursor"],
    ["tools similar to claude code", "claude code"],
    ["competitors of midjourney", "midjourney"],
  ])("reads %j as the alternatives of %j, with no words left", (q, name) => {
    expect(readQuery(q)).toMatchObject({ alternativesOf: name, text: undefined });
  });

  it("reads cheaper than X and cheapest", () => {
    expect(readQuery("cheaper than GPT-5")).toMatchObject({ cheaperThan: "gpt-5", cheapest: false, text: undefined });
    expect(readQuery("models cheaper than claude sonnet")).toMatchObject({ cheaperThan: "claude sonnet" });
    expect(readQuery("cheapest LLM")).toMatchObject({ cheapest: true, text: "llm" });
  });

  it("turns open source, free and self-hosted into filters and takes their words out", () => {
    expect(readQuery("open source vector database")).toMatchObject({ pricing: "open_source", text: "vector database" });
    expect(readQuery("open-source llm")).toMatchObject({ pricing: "open_source", text: "llm" });
    expect(readQuery("free speech to text")).toMatchObject({ free: "yes", text: "speech to text" });
    expect(readQuery("self-hosted LLM tracing")).toMatchObject({ tags: [SELF_HOSTABLE_TAG], text: "llm tracing" });
    expect(readQuery("on-prem vector search")).toMatchObject({ tags: [SELF_HOSTABLE_TAG], text: "vector search" });
    expect(readQuery("open source alternatives to pinecone")).toMatchObject({ pricing: "open_source", alternativesOf: "pinecone" });
  });

  it("leaves ordinary words alone, including words that contain the readings' words", () => {
    for (const q of ["dreambooth", "likely", "freelancer invoices", "alternative medicine chatbot", "sourcegraph", "unlike others"]) {
      const reading = readQuery(q);
      expect(hasReadings(reading), q).toBe(false);
      expect(reading.text).toBe(q);
    }
  });
});

describe("categoryNamed", () => {
  it("finds the category words name on their own, singular or plural", () => {
    expect(categoryNamed("LLM")).toBe("llm");
    expect(categoryNamed("llms")).toBe("llm");
    expect(categoryNamed("image models")).toBe("image-model");
    expect(categoryNamed("speech to text")).toBe("speech-to-text");
    expect(categoryNamed("vector database")).toBe("vector-database");
    expect(categoryNamed("run llama locally")).toBeNull();
    expect(categoryNamed(undefined)).toBeNull();
  });
});
