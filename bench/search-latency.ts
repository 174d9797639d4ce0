// Times searchTools and suggest (uncached, straight to PostgreSQL) on the
// seeded catalogue and on a synthetic one of 10,000+ tools with 10
// capabilities each, in a scratch database on the local test server.
//
//   npx tsx bench/search-latency.ts [--tools 10000] [--runs 10] [--keep] [--reuse] [--database name]
//
// --reuse keeps a database of that name that already holds that many
// synthetic tools (100,000 take minutes to build) and skips the seeded round.
// Prints median and p95 latency per catalogue, overall and per kind of search.
import { parseArgs } from "node:util";
import { setDb } from "@/lib/db/client";
import { lenientSearchQuery } from "@/lib/schemas/search";
import { searchTools } from "@/lib/search/search";
import { suggest } from "@/lib/search/suggest";
import { withAdmin } from "@/tests/support/databases";
import { addSyntheticTools, scratchSearchDatabase } from "./support/search-database";

const { values: args } = parseArgs({
  options: {
    tools: { type: "string", default: "10000" },
    // Ten, so a kind of search with three queries has 30 runs and its p95 is not just its slowest run.
    runs: { type: "string", default: "10" },
    keep: { type: "boolean", default: false },
    reuse: { type: "boolean", default: false },
    database: { type: "string", default: "toolmatch_bench_search" },
  },
});
const SYNTHETIC_TOOLS = Number(args.tools);
const RUNS = Number(args.runs);
const DATABASE = args.database;

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
  "read as filters, alternatives, prices": ["q=vllm+alternative", "q=open+source+vector+database", "q=self-hosted+llm", "q=cheapest+llm", "q=cheaper+than+gpt-4o"],
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
  await timeSuggestions();
}

/** What the search box asks for while someone types. */
const TYPED = ["g", "ge", "gem", "gemi", "gemini fl", "lla", "vect", "speech to", "fine-tu", "midjurn", "nimbus stu", "xq"];

async function timeSuggestions(): Promise<void> {
  const samples: number[] = [];
  for (const typed of TYPED) {
    await suggest(typed);
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await suggest(typed);
      samples.push(performance.now() - started);
    }
  }
  console.log(`  ${"suggest (typing)".padEnd(20)} ${summary(samples)}`);
}

const { prisma, seeded, built } = await scratchSearchDatabase(DATABASE, SYNTHETIC_TOOLS, args.reuse);
setDb(prisma);
try {
  if (built) {
    await timeSearches(`Seeded catalogue: ${seeded} tools, ${await prisma.capability.count()} capabilities`);
    const started = performance.now();
    await addSyntheticTools(prisma, SYNTHETIC_TOOLS, 10);
    console.log(`\n(built ${SYNTHETIC_TOOLS} synthetic tools in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  await timeSearches(`Synthetic catalogue: ${await prisma.tool.count()} tools, ${await prisma.capability.count()} capabilities`);
} finally {
  await prisma.$disconnect();
  if (!args.keep && !args.reuse) await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`));
}
