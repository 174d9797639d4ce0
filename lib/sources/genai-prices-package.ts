import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { waitForUpdate } from "@pydantic/genai-prices";
import { genaiPricesDataSchema, type GenaiPricesData } from "./genai-prices";

const PACKAGE = "@pydantic/genai-prices";

/** The installed package's version, read from its package.json (its exports do not include that file, so it is found from the entry point). */
async function installedVersion(): Promise<string> {
  let dir = path.dirname(createRequire(import.meta.url).resolve(PACKAGE));
  while (dir !== path.dirname(dir)) {
    try {
      const manifest = JSON.parse(await readFile(path.join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (manifest.name === PACKAGE && manifest.version) return manifest.version;
    } catch {
      // not the package root yet
    }
    dir = path.dirname(dir);
  }
  throw new Error(`cannot find the version of the installed ${PACKAGE}`);
}

/**
 * The price data bundled in the installed package. `waitForUpdate()` resolves
 * to the provider list `calcPrice` uses: the bundled one, since nothing here
 * calls `updatePrices` (so nothing is downloaded).
 */
export async function loadGenaiPrices(): Promise<GenaiPricesData> {
  const providers = await waitForUpdate();
  if (!providers) throw new Error(`${PACKAGE} returned no provider data`);
  return genaiPricesDataSchema.parse({ version: await installedVersion(), providers });
}
