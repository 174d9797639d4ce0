import { readFile } from "node:fs/promises";
import { modelsDevApiSchema, readModelsDev } from "./models-dev";
import type { SourceData } from "./types";

/** Reads models.dev's api.json from a file path or an http(s) URL, checks its shape, and reads it into the sync's shape. */
export async function loadModelsDev(location: string): Promise<SourceData> {
  const text = /^https?:\/\//.test(location) ? await download(location) : await readFile(location, "utf8");
  const parsed = modelsDevApiSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`${location} is not in models.dev's api.json format: ${problems.join("; ")}`);
  }
  return readModelsDev(parsed.data, text);
}

async function download(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(60_000), headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}
