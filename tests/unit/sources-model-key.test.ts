import { describe, expect, it } from "vitest";
import { modelKey } from "@/lib/sources/model-key";
import { canonicalProvider, ownVendor } from "@/lib/sources/providers";

describe("the normalised model key", () => {
  it.each([
    ["gpt-4o", "gpt-4o"],
    ["openai/gpt-4o-2024-08-06", "gpt-4o"],
    ["GPT-4o", "gpt-4o"],
    ["gpt-4.1", "gpt-4-1"],
    ["gpt-4-1", "gpt-4-1"],
    ["openai-o3", "o3"],
    ["o3-2025-04-16", "o3"],
    ["anthropic.claude-3-5-haiku-20241022-v1:0", "claude-3-5-haiku"],
    ["us.anthropic.claude-sonnet-4-20250514-v1:0", "claude-sonnet-4"],
    ["claude-sonnet-4-0", "claude-sonnet-4"],
    ["claude-3-5-haiku@20241022", "claude-3-5-haiku"],
    ["claude-3-5-haiku-latest", "claude-3-5-haiku"],
    ["gemini-2.0-flash-lite-001", "gemini-2-0-flash-lite"],
    ["mistral-large-2411", "mistral-large"],
    ["command-r-plus-08-2024", "command-r-plus"],
    ["cohere-command-r-plus", "command-r-plus"],
    ["meta-llama/Llama-3.3-70B-Instruct", "llama-3-3-70b-instruct"],
    ["devstral-small:free", "devstral-small"],
  ])("%s → %s", (id, key) => {
    expect(modelKey(id)).toBe(key);
  });

  it("keeps what names a different model: versions, sizes, previews and variants", () => {
    expect(modelKey("gpt-4o-mini")).not.toBe(modelKey("gpt-4o"));
    expect(modelKey("deepseek-v3")).not.toBe(modelKey("deepseek-v3.1"));
    expect(modelKey("gemini-2.5-pro-preview-05-06")).toBe("gemini-2-5-pro-preview");
    expect(modelKey("mistral-7b-instruct-v0.3")).toBe("mistral-7b-instruct-v0-3");
    expect(modelKey("qwen3-235b-a22b")).toBe("qwen3-235b-a22b");
  });
});

describe("providers", () => {
  it("spell one provider one way across datasets and the catalogue", () => {
    expect(canonicalProvider("xai")).toBe("x-ai");
    expect(canonicalProvider("mistral-ai")).toBe("mistral");
    expect(canonicalProvider("huggingface_together")).toBe("huggingface-together");
    expect(canonicalProvider("amazon-bedrock")).toBe(canonicalProvider("aws"));
  });

  it("know a lab's own models from the others it resells", () => {
    expect(ownVendor("openai", "gpt-5-mini")).toBe("OpenAI");
    expect(ownVendor("google", "gemini-2.5-pro")).toBe("Google");
    expect(ownVendor("google", "claude-opus-4-6")).toBeNull();
    expect(ownVendor("openrouter", "openai/gpt-4o")).toBeNull();
    expect(ownVendor("xai", "grok-4")).toBe("xAI");
  });
});
