import { mkdtemp, mkdir, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { genaiPricesDate, readGenaiPrices } from "@/lib/sources/genai-prices";
import { loadModelsDev } from "@/lib/sources/models-dev-load";
import { buildModelsDevApi } from "@/lib/sources/models-dev-toml";
import type { SourceData } from "@/lib/sources/types";
import { FIXTURES, genaiFixture, modelsDevFixture } from "../support/source-fixtures";

const entry = (data: SourceData, provider: string, modelId: string) => data.offers.find((o) => o.provider === provider && o.modelId === modelId)!;
const prices = (data: SourceData, provider: string, modelId: string) => entry(data, provider, modelId).prices.map((p) => `${p.meter}${p.tierFrom ? `>${p.tierFrom}` : ""} ${p.amount}${p.startDate ? ` from ${p.startDate}` : ""}`);

describe("the @pydantic/genai-prices adapter (recorded data of 0.1.8)", () => {
  const data = genaiFixture();

  it("labels every fact with the package version and the date of its data", () => {
    expect(data).toMatchObject({ source: "genai-prices", version: "0.1.8", date: "2026-09-23", via: "@pydantic/genai-prices 0.1.8" });
    expect(entry(data, "openai", "gpt-4o")).toMatchObject({ date: "2026-09-23", url: "https://developers.openai.com/api/docs/pricing", facts: { contextWindow: 128000 } });
  });

  it("reads token prices per 1M tokens, leaving other units aside", () => {
    expect(prices(data, "openai", "gpt-4o")).toEqual(["input 2.5", "cached_input 1.25", "output 10"]);
    expect(data.skipped).toContainEqual({ subject: "openai/gpt-4o", reason: "price keys other than token meters are not compared", detail: "web_searches_kcount" });
  });

  it("turns a start date into the date the price took effect (price history), and the package's tiers into tierFrom", () => {
    expect(prices(data, "openai", "o3")).toEqual(["input 2 from 2025-06-10", "cached_input 0.5 from 2025-06-10", "output 8 from 2025-06-10"]);
    expect(prices(data, "google", "gemini-2.5-pro")).toEqual(["input 1.25", "input>200000 2.5", "cached_input 0.125", "cached_input>200000 0.25", "output 10", "output>200000 15"]);
  });

  it("keeps prices that have not started yet out, and says so", () => {
    const early = readGenaiPrices({ version: "0.1.8", providers: [{ id: "openai", name: "OpenAI", models: [{ id: "o3", prices: [{ prices: { input_mtok: 10 } }, { constraint: { type: "start_date", start_date: "2025-06-10" }, prices: { input_mtok: 2 } }] }] }] }, "2025-06-09");
    expect(prices(early, "openai", "o3")).toEqual(["input 10"]);
    expect(early.skipped).toEqual([{ subject: "openai/o3", reason: "scheduled prices are proposed once they apply", detail: "2025-06-10" }]);
  });

  it("uses the standard rate where the package adds off-peak (time-of-day) rates, and reports them", () => {
    expect(prices(data, "deepseek", "deepseek-chat")).toEqual(["input 0.135", "cached_input 0.035", "output 0.55"]);
    expect(data.skipped).toContainEqual({ subject: "deepseek/deepseek-chat", reason: "time-of-day (off-peak) prices are not represented", detail: undefined });
  });

  it("carries the deprecation flag and the provider's canonical slug", () => {
    expect(entry(data, "google", "gemini-2.5-flash-preview").deprecated).toBe(true);
    expect(entry(data, "openai", "gpt-4o").deprecated).toBe(false);
    expect(entry(data, "openrouter", "openai/gpt-4o").providerName).toBe("OpenRouter");
  });

  it("refuses a version whose data date it does not know", () => {
    expect(() => genaiPricesDate("0.1.9")).toThrow(/0\.1\.9 has no known data date: add it to GENAI_PRICES_DATES/);
  });
});

describe("the models.dev adapter (recorded api.json)", () => {
  const data = modelsDevFixture();

  it("dates the data by its newest model and each fact by its model's last update", () => {
    expect(data).toMatchObject({ source: "models.dev", date: "2026-02-28", via: "models.dev 2026-02-28", version: expect.stringMatching(/^api\.json sha256:[0-9a-f]{12}$/) });
    expect(entry(data, "openai", "gpt-4o")).toMatchObject({ date: "2024-08-06", url: "https://platform.openai.com/docs/models" });
  });

  it("reads structured facts and prices with tiers", () => {
    expect(entry(data, "openai", "gpt-4o").facts).toEqual({
      contextWindow: 128000,
      maxOutputTokens: 16384,
      inputModalities: ["text", "image", "pdf"],
      outputModalities: ["text"],
      openWeights: false,
      releaseDate: "2024-05-13",
      knowledgeCutoff: "2023-09",
      toolCalling: true,
      reasoning: false,
    });
    expect(prices(data, "google", "gemini-2.5-pro")).toEqual(["input 1.25", "output 10", "cached_input 0.125", "input>200000 2.5", "output>200000 15", "cached_input>200000 0.25"]);
  });

  it("reads a file path and refuses a file that is not in the api.json format", async () => {
    expect((await loadModelsDev(path.join(FIXTURES, "models-dev-api.json"))).offers).toHaveLength(data.offers.length);
    const dir = await mkdtemp(path.join(tmpdir(), "models-dev-"));
    await writeFile(path.join(dir, "bad.json"), JSON.stringify({ openai: { id: "openai", models: { x: { id: "x" } } } }));
    await expect(loadModelsDev(path.join(dir, "bad.json"))).rejects.toThrow(/not in models\.dev's api\.json format: openai\.name/);
  });
});

describe("models.dev's TOML tree → api.json", () => {
  it("builds providers with their models, merges base models (with omissions), follows links and skips dangling ones", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "models-dev-tree-"));
    const write = async (file: string, text: string) => {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
    };
    await write("models/lab/base-1.toml", 'name = "Base 1"\nrelease_date = "2025-01-01"\nknowledge = "2024-06"\n[limit]\ncontext = 100_000\noutput = 8_000\n');
    await write("providers/host/provider.toml", 'name = "Host"\ndoc = "https://host.example/docs"\n');
    await write("providers/host/models/lab/base-1.toml", 'base_model = "lab/base-1"\nbase_model_omit = ["knowledge"]\nlast_updated = "2025-02-01"\n[cost]\ninput = 1\noutput = 2\n[[cost.tiers]]\ntier = { type = "context", size = 200_000 }\ninput = 2\noutput = 4\n');
    await write("providers/other/provider.toml", 'name = "Other"\n');
    await mkdir(path.join(root, "providers/other/models"), { recursive: true });
    await symlink("../../host/models/lab/base-1.toml", path.join(root, "providers/other/models/base-1.toml"));
    await symlink("../../host/models/missing.toml", path.join(root, "providers/other/models/missing.toml"));
    const api = await buildModelsDevApi(root);
    expect(Object.keys(api)).toEqual(["host", "other"]);
    const model = (api.host!.models as Record<string, Record<string, unknown>>)["lab/base-1"]!;
    expect(model).toMatchObject({ id: "lab/base-1", name: "Base 1", release_date: "2025-01-01", limit: { context: 100000, output: 8000 }, cost: { input: 1, context_over_200k: { input: 2, output: 4 } } });
    expect(model).not.toHaveProperty("knowledge");
    expect(Object.keys(api.other!.models as object)).toEqual(["base-1"]);
  });
});
