// Records the trimmed real fixtures the sources tests read (tests/fixtures/sources/), from the
// installed @pydantic/genai-prices and a models.dev api.json (see scripts/models-dev-api-json.ts).
// Usage: npx tsx scripts/record-source-fixtures.ts [models.dev api.json]
import { readFile, writeFile } from "node:fs/promises";
import { omit } from "@/lib/admin/omit";
import { loadGenaiPrices } from "@/lib/sources/genai-prices-package";
import { DEFAULT_MODELS_DEV_FILE } from "@/lib/sources/locations";

const DIR = "tests/fixtures/sources";

/** A handful of models per provider: a current price, a dated snapshot, a new model, a price history, tiers, a deprecation, off-peak rates, a host. */
const PICK: Record<string, string[]> = {
  openai: ["gpt-4o", "gpt-4o-2024-05-13", "gpt-5-mini", "o3"],
  google: ["gemini-2.5-pro", "gemini-2.5-flash-preview", "gemini-2.5-flash-preview-tts"],
  deepseek: ["deepseek-chat"],
  openrouter: ["openai/gpt-4o"],
};

const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

const data = await loadGenaiPrices();
const providers = data.providers
  .filter((provider) => provider.id in PICK)
  .map(({ id, name, pricing_urls, models }) => ({
    id,
    name,
    pricing_urls,
    models: models.filter((model) => PICK[id]!.includes(model.id)).map(({ id, name, context_window, deprecated, prices }) => ({ id, name, context_window, deprecated, prices })),
  }));
const genai = { version: data.version, providers };
await writeFile(`${DIR}/genai-prices.json`, json(genai));

// The same data with one injected error: GPT-4o's input price per token typed as per 1M tokens (10^6 too small).
const broken = structuredClone(genai);
const gpt4o = broken.providers.find((p) => p.id === "openai")!.models.find((m) => m.id === "gpt-4o")!;
(gpt4o.prices as Record<string, number>).input_mtok = 2.5 / 1e6;
await writeFile(`${DIR}/genai-prices-unit-error.json`, json(broken));

type Api = Record<string, { models: Record<string, unknown>; env?: unknown; npm?: unknown; api?: unknown; [field: string]: unknown }>;
const api = JSON.parse(await readFile(process.argv[2] ?? DEFAULT_MODELS_DEV_FILE, "utf8")) as Api;
const trimmed = Object.fromEntries(
  Object.entries(PICK).map(([id, models]) => {
    const provider = api[id]!;
    const picked = Object.fromEntries(models.filter((model) => model in provider.models).map((model) => [model, provider.models[model]]));
    return [id, { ...omit(provider, "env", "npm", "api"), models: picked }];
  }),
);
await writeFile(`${DIR}/models-dev-api.json`, json(trimmed));
console.log(`wrote ${DIR}/genai-prices.json, genai-prices-unit-error.json and models-dev-api.json`);
