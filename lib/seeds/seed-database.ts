import type { PrismaClient } from "@/lib/generated/prisma/client";
import { refreshDerivedCapabilities } from "@/lib/catalog/refresh-derived";
import { refreshNeighbours } from "@/lib/matching/refresh-neighbours";
import type { CapabilityTagInput, ToolSeed } from "@/lib/schemas/tool";
import { recomputeScores } from "@/lib/scoring/recompute";
import { applyCatalogue, type SeedResult } from "./apply";
import { loadSeedCatalogue, SEEDS_DIR } from "./load";

/** Loads seeds/ into the database and brings scores up to date; refuses on any invalid seed file. */
export async function seedDatabase(prisma: PrismaClient, dir = SEEDS_DIR): Promise<SeedResult & { derived: string[]; relinked: string[]; snapshots: string[] }> {
  const { tags, tools, problems } = await loadSeedCatalogue(dir);
  if (problems.length) {
    const lines = problems.map((problem) => `  ${problem.file}: ${problem.field}: ${problem.message}`);
    throw new Error(`Seed files are invalid, nothing was written:\n${lines.join("\n")}`);
  }
  return loadCatalogue(prisma, tags, tools);
}

/** Writes tools and tags as seeds are written, then brings derived capabilities, the match graph and scores up to date. */
export async function loadCatalogue(prisma: PrismaClient, tags: readonly CapabilityTagInput[], tools: readonly ToolSeed[]): Promise<SeedResult & { derived: string[]; relinked: string[]; snapshots: string[] }> {
  const result = await applyCatalogue(prisma, tags, tools);
  const derived = await prisma.$transaction((tx) => refreshDerivedCapabilities(tx), { timeout: 120_000 });
  const relinked = await prisma.$transaction((tx) => refreshNeighbours(tx), { timeout: 300_000 });
  const snapshots = await recomputeScores(prisma, "when-changed");
  return { ...result, derived, relinked: relinked.changed, snapshots };
}
