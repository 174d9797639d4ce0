import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recomputeScores } from "@/lib/scoring/recompute";
import { applyCatalogue, type SeedResult } from "./apply";
import { loadSeedCatalogue, SEEDS_DIR } from "./load";

/** Loads seeds/ into the database and brings scores up to date; refuses on any invalid seed file. */
export async function seedDatabase(prisma: PrismaClient, dir = SEEDS_DIR): Promise<SeedResult & { snapshots: string[] }> {
  const { tags, tools, problems } = await loadSeedCatalogue(dir);
  if (problems.length) {
    const lines = problems.map((problem) => `  ${problem.file}: ${problem.field}: ${problem.message}`);
    throw new Error(`Seed files are invalid, nothing was written:\n${lines.join("\n")}`);
  }
  const result = await applyCatalogue(prisma, tags, tools);
  const snapshots = await recomputeScores(prisma, "when-changed");
  return { ...result, snapshots };
}
