import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parse } from "smol-toml";
import { omit } from "@/lib/admin/omit";

// Builds models.dev's api.json from a checkout of its repository, as its own
// build does (packages/core/src/generate.ts): one TOML file per model under
// providers/<provider>/models/, a provider.toml per provider, and models that
// inherit from a shared one under models/ through `base_model` (with
// `base_model_omit` removing inherited fields).

type Table = Record<string, unknown>;
const isTable = (value: unknown): value is Table => typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

async function tomlFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    // Some model files are symbolic links to another provider's file: followed, as upstream's build does (a dangling one is skipped).
    const files = entries.filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith(".toml")).map((entry) => path.join(entry.parentPath, entry.name));
    const readable = await Promise.all(files.map((file) => stat(file).then((info) => info.isFile(), () => false)));
    return files.filter((_, index) => readable[index]).sort();
  } catch {
    return [];
  }
}

const readToml = async (file: string) => parse(await readFile(file, "utf8")) as Table;
const idOf = (root: string, file: string) => path.relative(root, file).split(path.sep).join("/").slice(0, -".toml".length);

/** Tables merge key by key; anything else (lists included) is replaced. */
function mergeDeep(base: Table, overrides: Table): Table {
  const merged: Table = { ...base };
  for (const [key, value] of Object.entries(overrides)) merged[key] = isTable(value) && isTable(merged[key]) ? mergeDeep(merged[key] as Table, value) : value;
  return merged;
}

function omitPath(target: Table, dotted: string): void {
  const parts = dotted.split(".");
  let current: unknown = target;
  for (const part of parts.slice(0, -1)) current = isTable(current) ? current[part] : undefined;
  if (isTable(current)) delete current[parts.at(-1)!];
}

/** upstream's compatibility field: a single long-context tier also appears as cost.context_over_200k. */
function withLegacyTier(model: Table): Table {
  const cost = model.cost;
  if (!isTable(cost) || !Array.isArray(cost.tiers) || cost.tiers.length !== 1) return model;
  const tier = cost.tiers[0] as Table;
  const size = isTable(tier.tier) ? tier.tier.size : undefined;
  if (typeof size !== "number" || size < 200_000) return model;
  return { ...model, cost: { ...cost, context_over_200k: omit(tier, "tier") } };
}

const INHERITED_EXCEPT = ["id", "benchmarks", "license", "links", "weights"];

async function baseModels(root: string): Promise<Map<string, Table>> {
  const dir = path.join(root, "models");
  const models = new Map<string, Table>();
  for (const file of await tomlFiles(dir)) models.set(idOf(dir, file), await readToml(file));
  return models;
}

function resolveModel(id: string, toml: Table, bases: Map<string, Table>, file: string): Table {
  if (typeof toml.base_model !== "string") return withLegacyTier({ ...toml, id });
  const base = bases.get(toml.base_model);
  if (!base) throw new Error(`${file}: unknown base_model ${toml.base_model}`);
  const omitted = toml.base_model_omit;
  const inherited = Object.fromEntries(Object.entries(base).filter(([key]) => !INHERITED_EXCEPT.includes(key)));
  const merged = structuredClone(mergeDeep(inherited, omit(toml, "base_model", "base_model_omit")));
  for (const dotted of Array.isArray(omitted) ? omitted : []) omitPath(merged, String(dotted));
  return withLegacyTier({ ...merged, id });
}

/** The api.json object of a models.dev checkout at `root` (the folder holding providers/ and models/). */
export async function buildModelsDevApi(root: string): Promise<Record<string, Table>> {
  const bases = await baseModels(root);
  const providersDir = path.join(root, "providers");
  const ids = (await readdir(providersDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const api: Record<string, Table> = {};
  for (const providerId of ids) {
    const manifest = path.join(providersDir, providerId, "provider.toml");
    let provider: Table;
    try {
      provider = await readToml(manifest);
    } catch {
      continue; // a folder without provider.toml is not a provider
    }
    const modelsDir = path.join(providersDir, providerId, "models");
    const models: Record<string, Table> = {};
    for (const file of await tomlFiles(modelsDir)) {
      const id = idOf(modelsDir, file);
      models[id] = resolveModel(id, await readToml(file), bases, file);
    }
    api[providerId] = { ...provider, id: providerId, models };
  }
  return api;
}
