import { describe, expect, it } from "vitest";
import { searchQuerySchema } from "@/lib/schemas/search";
import { SHOWN_CAPABILITIES } from "@/lib/search/hits";
import { searchTools } from "@/lib/search/search";
import { useTestDatabase } from "../support/test-database";

type Case = { q: string; first?: string; top3?: string[]; top?: { slugs: string[]; within: number }; why: string };

// What people type, and the tool that must come first or in the top three of
// the seeded catalogue. Capability-only queries name no tool.
const CASES: Case[] = [
  { q: "dreambooth", first: "dreambooth-stable-diffusion", why: "exact name" },
  { q: "dream booth", first: "dreambooth-stable-diffusion", why: "name split in two" },
  { q: "gemni flash", top: { slugs: ["gemini-2-5-flash", "gemini-2-0-flash-lite"], within: 2 }, why: "typo in the name" },
  { q: "midjurney", first: "midjourney", why: "typo, trigram only" },
  { q: "antropic", top: { slugs: ["claude-code", "claude-opus-4", "claude-sonnet-4", "claude-3-5-haiku"], within: 4 }, why: "typo in the vendor" },
  { q: "lang", top: { slugs: ["langchain", "langgraph"], within: 2 }, why: "partial name" },
  { q: "gpt 4o mini", first: "gpt-4o-mini", why: "name with spaces for hyphens" },
  { q: "wandb", first: "weights-and-biases", why: "nickname used in its texts" },
  { q: "tgi", first: "text-generation-inference", why: "abbreviation in the name" },
  { q: "fine-tune an image model on five photos of my dog", first: "dreambooth-stable-diffusion", why: "a need in plain words" },
  { q: "cheap LLM with JSON output", top3: ["gpt-4o-mini"], why: "need with synonyms (cheap, LLM, JSON)" },
  { q: "run llama locally on my laptop", first: "llama-cpp", why: "need" },
  { q: "speech to text", top3: ["whisper"], why: "capability tag named in full" },
  { q: "transcribe audio", top3: ["assemblyai"], why: "capability, synonym of transcription" },
  { q: "text to speech voice", first: "elevenlabs", why: "capability" },
  { q: "code assistant in vs code", top3: ["github-copilot"], why: "capability" },
  { q: "experiment tracking", top: { slugs: ["mlflow", "weights-and-biases"], within: 2 }, why: "capability tag" },
  { q: "serve llm high throughput", first: "vllm", why: "capability" },
  { q: "lora fine tuning with little gpu memory", top3: ["peft", "unsloth"], why: "capability" },
  { q: "embeddings for semantic search", top3: ["openai-text-embedding-3-small"], why: "capability" },
  { q: "web search with citations", top3: ["perplexity"], why: "capability" },
  { q: "postgres vector", first: "pgvector", why: "capability plus a partial name" },
];

describe("search relevance on the seeded catalogue", () => {
  useTestDatabase("seeded");

  it.each(CASES)("$q ($why)", async ({ q, first, top3, top }) => {
    const results = await searchTools(searchQuerySchema.parse({ q }));
    const slugs = results.hits.map((hit) => hit.slug);
    if (first) expect(slugs[0]).toBe(first);
    for (const slug of top3 ?? []) expect(slugs.slice(0, 3)).toContain(slug);
    if (top) expect(slugs.slice(0, top.within).sort()).toEqual([...top.slugs].sort());
  });

  it("ranks by relevance: scores never increase down the list", async () => {
    for (const { q } of CASES) {
      const relevance = (await searchTools(searchQuerySchema.parse({ q }), 100)).hits.map((hit) => hit.relevance);
      expect(relevance).toEqual([...relevance].sort((a, b) => b - a));
    }
  });

  it("explains each text hit: marked words in the name, summary or matching capabilities", async () => {
    const results = await searchTools(searchQuerySchema.parse({ q: "dreambooth" }));
    const [top] = results.hits;
    expect(top!.nameParts).toContainEqual({ text: "Dreambooth", hit: true });
    expect(top!.nameParts.map((part) => part.text).join("")).toBe(top!.name);
    expect(top!.summaryParts.map((part) => part.text).join("")).toBe(top!.summary);
    for (const hit of results.hits) {
      const marked = [...hit.nameParts, ...hit.summaryParts, ...hit.matchedCapabilities.flatMap((c) => [...c.title, ...c.excerpt])].filter((p) => p.hit);
      expect(marked.length, hit.slug).toBeGreaterThan(0);
      expect(marked.every((part) => /dreambooth/i.test(part.text)), hit.slug).toBe(true);
      expect(hit.matchedCapabilities.length).toBe(Math.min(SHOWN_CAPABILITIES, hit.matchedCapabilityCount));
    }
  });

  it("says when a tool was found only because its name looks like the query", async () => {
    const [hit] = (await searchTools(searchQuerySchema.parse({ q: "midjurney" }))).hits;
    expect(hit).toMatchObject({ slug: "midjourney", resembles: "name", matchedCapabilities: [] });
  });

  it("marks the capability tags that matched", async () => {
    const [hit] = (await searchTools(searchQuerySchema.parse({ q: "experiment tracking" }))).hits;
    const tags = hit!.matchedCapabilities.flatMap((capability) => capability.tags);
    expect(tags).toContainEqual({ slug: "experiment-tracking", name: "Experiment tracking", matched: true });
  });
});
