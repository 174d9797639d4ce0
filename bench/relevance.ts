// Search relevance on labelled queries, each with the tools that count as a
// right answer: success@3 and MRR@10 (tests/support/relevance.ts), on
//  - the fixed fixture catalogue (tests/fixtures/search/catalogue.json and
//    fixture-queries.json): the numbers the regression test holds to, and
//  - the seeded catalogue (seeds/, labelled in seeded-queries.json).
// Each in a scratch database on the test server, dropped afterwards.
//
//   npm run bench:relevance [-- --verbose] [--only fixture|seeded]
import { parseArgs } from "node:util";
import { createPrismaClient, setDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDatabase } from "@/lib/seeds/seed-database";
import { databaseUrl, withAdmin } from "@/tests/support/databases";
import { describeMisses, measureRelevance } from "@/tests/support/relevance";
import { createSearchFixture, readLabelledQueries } from "@/tests/support/search-fixture";

const { values: args } = parseArgs({ options: { verbose: { type: "boolean", default: false }, only: { type: "string" } } });

async function withScratchDatabase(name: string, fill: (prisma: PrismaClient) => Promise<unknown>, work: () => Promise<void>): Promise<void> {
  await withAdmin(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  });
  await migrate(databaseUrl(name));
  const prisma = createPrismaClient(databaseUrl(name), 4);
  setDb(prisma);
  try {
    await fill(prisma);
    await work();
  } finally {
    await prisma.$disconnect();
    await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
}

async function report(label: string, file: "fixture-queries.json" | "seeded-queries.json"): Promise<void> {
  const queries = await readLabelledQueries(file);
  const relevance = await measureRelevance(queries);
  console.log(`\n${label}: ${queries.length} queries (tests/fixtures/search/${file})`);
  console.log(`  success@3 ${relevance.successAt3.toFixed(3)}   MRR@10 ${relevance.mrrAt10.toFixed(3)}`);
  const kinds = [...new Set(relevance.outcomes.map((outcome) => outcome.kind))];
  for (const kind of kinds) {
    const mine = relevance.outcomes.filter((outcome) => outcome.kind === kind);
    const hits = mine.filter((outcome) => outcome.position !== null && outcome.position <= 3).length;
    console.log(`    ${kind.padEnd(34)} ${hits}/${mine.length} in the top 3`);
  }
  const misses = describeMisses(relevance);
  if (misses) console.log(`  misses:\n${misses}`);
  if (args.verbose) for (const outcome of relevance.outcomes) console.log(`    ${outcome.position ?? "-"}  ${outcome.q} → ${outcome.top.slice(0, 5).join(", ")}`);
}

if (args.only !== "seeded") await withScratchDatabase("toolmatch_bench_relevance_fixture", createSearchFixture, () => report("Fixture catalogue", "fixture-queries.json"));
if (args.only !== "fixture") await withScratchDatabase("toolmatch_bench_relevance_seeded", seedDatabase, () => report("Seeded catalogue", "seeded-queries.json"));
