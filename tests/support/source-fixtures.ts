import { readFileSync } from "node:fs";
import path from "node:path";
import { genaiPricesDataSchema } from "@/lib/sources/genai-prices";
import { readGenaiPrices } from "@/lib/sources/genai-prices";
import { modelsDevApiSchema, readModelsDev } from "@/lib/sources/models-dev";
import type { SourceData } from "@/lib/sources/types";

// The recorded, trimmed real data the sources tests read (written by scripts/record-source-fixtures.ts).

export const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "sources");

/** The day the tests sync on: fixed, so which prices are in force never depends on the calendar. */
export const SYNC_DAY = "2026-11-30";

const read = (file: string) => readFileSync(path.join(FIXTURES, file), "utf8");

export function genaiFixture(file = "genai-prices.json"): SourceData {
  return readGenaiPrices(genaiPricesDataSchema.parse(JSON.parse(read(file))), SYNC_DAY);
}

export function modelsDevFixture(): SourceData {
  const text = read("models-dev-api.json");
  return readModelsDev(modelsDevApiSchema.parse(JSON.parse(text)), text);
}
