// Times searchTools (uncached, straight to PostgreSQL) on the seeded catalogue
// and on a synthetic one of 10,000+ tools with 10 capabilities each, each in
// its own freshly built database on the local test server.
//
//   npx tsx bench/search-latency.ts [--tools 10000] [--runs 5] [--keep]
//
// Prints median and p95 latency per catalogue, overall and per kind of search.
import { parseArgs } from "node:util";
import { createPrismaClient, setDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { lenientSearchQuery } from "@/lib/schemas/search";
import { searchTools } from "@/lib/search/search";
import { seedDatabase } from "@/lib/seeds/seed-database";
import { databaseUrl, withAdmin } from "@/tests/support/databases";
import { addSyntheticTools } from "@/tests/support/synthetic-catalogue";

const { values: args } = parseArgs({
  options: { tools: { type: "string", default: "10000" }, runs: { type: "string", default: "5" }, keep: { type: "boolean", default: false } },
});
const SYNTHETIC_TOOLS = Number(args.tools);
const RUNS = Number(args.runs);
const DATABASE = "toolmatch_bench_search";

/** What people type, what the facets and graph links produce; one URL query string each. */
const SEARCHES: Record<string, string[]> = {
  "name or typo": ["q=dreambooth", "q=dream+booth", "q=gemni+flash", "q=antropic", "q=gpt+4o+mini", "q=lang", "q=wandb", "q=midjurney"],
  need: [
    "q=fine-tune+an+image+model+on+five+photos+of+my+dog",
    "q=cheap+LLM+with+JSON+output",
    "q=run+llama+locally+on+my+laptop",
    "q=vector+database",
    "q=speech+to+text",
    "q=serve+llm+high+throughput",
    "q=model",
  ],
  "need + facets": ["q=image+generation&kind=model", "q=vector+database&free=yes&tag=vector-search", "q=speech+to+text&pricing=paid&page=2"],
  "graph (like/from)": ["like=dreambooth-stable-diffusion", "like=gpt-4o-mini&kind=model", "from=dreambooth-stable-diffusion,gemini-2-0-flash-lite"],
  "filters only": ["", "tag=fine-tuning", "kind=library&free=yes"],
  nonsense: ["q=xqzvwk", "q=%21%21%21"],
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `median ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (${sorted.length} runs)`;
}

async function timeSearches(label: string): Promise<void> {
  const all: number[] = [];
  console.log(`\n${label}`);
  for (const [group, searches] of Object.entries(SEARCHES)) {
    const samples: number[] = [];
    for (const search of searches) {
      const query = lenientSearchQuery(Object.fromEntries(new URLSearchParams(search)));
      await searchTools(query); // warm the connection and the server's caches
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        await searchTools(query);
        samples.push(performance.now() - started);
      }
    }
    all.push(...samples);
    console.log(`  ${group.padEnd(20)} ${summary(samples)}`);
  }
  console.log(`  ${"all".padEnd(20)} ${summary(all)}`);
}

await withAdmin(async (admin) => {
  await admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${DATABASE}"`);
});
const url = databaseUrl(DATABASE);
await migrate(url);
const prisma = createPrismaClient(url, 10);
setDb(prisma);
try {
  await seedDatabase(prisma);
  await prisma.$executeRawUnsafe("VACUUM ANALYZE");
  const seeded = await prisma.tool.count();
  await timeSearches(`Seeded catalogue: ${seeded} tools, ${await prisma.capability.count()} capabilities`);
  const started = performance.now();
  const total = await addSyntheticTools(prisma, SYNTHETIC_TOOLS, 10);
  console.log(`\n(built ${total - seeded} synthetic tools in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  await timeSearches(`Synthetic catalogue: ${total} tools, ${await prisma.capability.count()} capabilities`);
} finally {
  await prisma.$disconnect();
  if (!args.keep) await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`));
}
