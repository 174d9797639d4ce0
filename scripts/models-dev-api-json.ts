// Builds models.dev's api.json from a checkout of its repository (TOML files), for sources:sync.
// Usage: npx tsx scripts/models-dev-api-json.ts <models.dev checkout> [output file]
// Output defaults to .data/sources/models-dev-api.json (git-ignored), where sources:sync looks when MODELS_DEV_URL is unset.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_MODELS_DEV_FILE } from "@/lib/sources/locations";
import { buildModelsDevApi } from "@/lib/sources/models-dev-toml";

const [root, output = DEFAULT_MODELS_DEV_FILE] = process.argv.slice(2);
if (!root) {
  console.error("usage: npx tsx scripts/models-dev-api-json.ts <models.dev checkout> [output file]");
  process.exit(2);
}
const started = performance.now();
const api = await buildModelsDevApi(root);
await mkdir(path.dirname(output), { recursive: true });
await writeFile(output, JSON.stringify(api));
const models = Object.values(api).reduce((sum, provider) => sum + Object.keys(provider.models as object).length, 0);
console.log(`wrote ${output}: ${Object.keys(api).length} providers, ${models} models (${Math.round(performance.now() - started)} ms)`);
