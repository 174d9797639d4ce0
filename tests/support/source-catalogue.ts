import type { ToolSeed } from "@/lib/schemas/tool";
import { TEST_SOURCE } from "./sources";
import { buildTool, tokenPrice } from "./factories";

// A small catalogue of models the recorded source fixtures talk about, with
// prices and facts that differ from them in known ways.

const model = (slug: string, name: string, offer: { provider: string; providerSlug: string; modelId: string }, prices: ReturnType<typeof tokenPrice>[], extra: Partial<Parameters<typeof buildTool>[0]> = {}): ToolSeed =>
  buildTool({ slug, name, kind: "model", category: "llm", offers: [{ ...offer, prices }], ...extra });

export function sourceCatalogue(): ToolSeed[] {
  return [
    // GPT-4o at an old input price and with a wrong context window.
    model("gpt-4o", "GPT-4o", { provider: "OpenAI", providerSlug: "openai", modelId: "gpt-4o" }, [tokenPrice("input", "5"), tokenPrice("cached_input", "1.25"), tokenPrice("output", "10")], {
      facts: { contextWindow: { value: 100_000, source: TEST_SOURCE } },
    }),
    // o3 before its June 2025 price cut; the catalogue spells its slug with the vendor's name.
    model("openai-o3", "o3", { provider: "OpenAI", providerSlug: "openai", modelId: "o3" }, [tokenPrice("input", "10", { validFrom: "2025-04-16" }), tokenPrice("output", "40", { validFrom: "2025-04-16" })]),
    // A preview the source now flags as deprecated.
    model("gemini-2-5-flash-preview", "Gemini 2.5 Flash Preview", { provider: "Google", providerSlug: "google", modelId: "gemini-2.5-flash-preview" }, [tokenPrice("input", "0.15"), tokenPrice("output", "0.6")]),
    // DeepSeek at its old list price; the two sources disagree on the new one.
    model("deepseek-chat", "DeepSeek Chat", { provider: "DeepSeek", providerSlug: "deepseek", modelId: "deepseek-chat" }, [tokenPrice("input", "0.27"), tokenPrice("cached_input", "0.07"), tokenPrice("output", "1.1")]),
  ];
}
