import { existsSync } from "node:fs";
import { SYSTEM_ACTOR } from "@/lib/admin/audit/record";
import { db } from "@/lib/db/client";
import { sourcesEnv } from "@/lib/env";
import { loadCatalogue } from "./catalogue";
import { acceptProposals, type DecisionResult } from "./decide";
import { readGenaiPrices } from "./genai-prices";
import { loadGenaiPrices } from "./genai-prices-package";
import { DEFAULT_MODELS_DEV_FILE } from "./locations";
import { loadModelsDev } from "./models-dev-load";
import { planProposals, type Plan } from "./plan";
import { storeProposals, type StoreResult } from "./store";
import type { SourceData, SourceName } from "./types";

type Timings = { catalogue: number; plan: number; store: number; apply: number };
export type SyncReport = { sources: SourceData[]; plan: Plan; stored: StoreResult; applied: DecisionResult | null; notes: string[]; ms: Timings & { read: number } };

/** Reads the datasets: genai-prices from the installed package; models.dev from MODELS_DEV_URL, else the file the TOML script writes, if present. */
export async function readSources(today: string, only?: SourceName): Promise<{ sources: SourceData[]; notes: string[] }> {
  const sources: SourceData[] = [];
  const notes: string[] = [];
  if (!only || only === "genai-prices") sources.push(readGenaiPrices(await loadGenaiPrices(), today));
  if (!only || only === "models.dev") {
    const location = sourcesEnv().MODELS_DEV_URL ?? (existsSync(DEFAULT_MODELS_DEV_FILE) ? DEFAULT_MODELS_DEV_FILE : null);
    if (location) sources.push(await loadModelsDev(location));
    else notes.push(`models.dev skipped: set MODELS_DEV_URL (a URL or a file of its api.json), or build ${DEFAULT_MODELS_DEV_FILE} with scripts/models-dev-api-json.ts`);
  }
  return { sources, notes };
}

/**
 * One sync: compares the datasets with the catalogue and stores the proposed
 * changes (the catalogue itself is untouched). With `apply`, the run's pending
 * proposals are then accepted as audited edits by the system actor.
 */
export async function syncSources(sources: SourceData[], options: { today: string; apply: boolean }): Promise<Omit<SyncReport, "notes" | "ms" | "sources"> & { ms: Timings }> {
  const ms: Timings = { catalogue: 0, plan: 0, store: 0, apply: 0 };
  const timed = async <T>(phase: keyof Timings, work: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    const result = await work();
    ms[phase] = performance.now() - started;
    return result;
  };
  const catalogue = await timed("catalogue", () => loadCatalogue(db()));
  const plan = await timed("plan", () => planProposals(catalogue, sources, options.today));
  const stored = await timed("store", () => storeProposals(db(), sources.map((s) => s.source), plan.drafts));
  const applied = !options.apply
    ? null
    : await timed("apply", async () => {
        const pending = await db().sourceProposal.findMany({ where: { fingerprint: { in: stored.fingerprints }, status: "pending" }, select: { id: true }, orderBy: { id: "asc" } });
        return acceptProposals(SYSTEM_ACTOR, pending.map((row) => row.id));
      });
  return { plan, stored, applied, ms };
}
