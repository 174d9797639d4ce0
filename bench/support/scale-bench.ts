// `npm run bench:pages -- --tools 10000`: a scratch database with the seeded
// catalogue plus N synthetic tools; times first (cache-miss) renders of
// comparison, tool and /tools pages one at a time, then the server's memory.
// Targets: p95 < 60 ms for each kind of page, RSS < 512 MB.
import { comparisonPath, toolPath } from "@/lib/compare-url";
import { residentMegabytes, scratchDatabase, startServer } from "@/tests/support/app-server";

const SAMPLES = 100;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(origin: string, path: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${origin}${path}`);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return performance.now() - started;
}

const CATALOGUE_STATES = ["", "&sort=name", "&free=yes", "&sort=name&free=yes"];

/** SAMPLES distinct /tools pages, spread evenly over each filter state's pages (past the last page is a 404). */
async function cataloguePages(origin: string): Promise<string[]> {
  const perState = Math.ceil(SAMPLES / CATALOGUE_STATES.length);
  const lists = await Promise.all(
    CATALOGUE_STATES.map(async (state) => {
      const { pageCount } = (await (await fetch(`${origin}/api/v1/tools?page=1${state}`)).json()) as { pageCount: number };
      if (pageCount < perState + 1) throw new Error(`only ${pageCount} /tools pages for "${state}": too few for ${perState} distinct ones`);
      return Array.from({ length: perState }, (_, n) => `/tools?page=${2 + Math.floor((n * (pageCount - 1)) / perState)}${state}`);
    }),
  );
  return lists.flat().slice(0, SAMPLES);
}

export async function benchScale(port: number, tools: number): Promise<boolean> {
  const database = await scratchDatabase(`toolmatch_bench_scale_${port}`, tools);
  const server = await startServer(port, { DATABASE_URL: database.url });
  try {
    const synthetic = (index: number) => `synthetic-${index}`;
    const step = Math.max(1, Math.floor(tools / (SAMPLES * 2)));
    const kinds: Record<string, string[]> = {
      "comparison page": Array.from({ length: SAMPLES }, (_, i) => comparisonPath([synthetic(1 + i * step), synthetic(2 + i * step + step / 2)])),
      "tool page": Array.from({ length: SAMPLES }, (_, i) => toolPath(synthetic(3 + i * step))),
      "/tools pages": await cataloguePages(server.origin),
    };
    await time(server.origin, "/tools/vllm"); // loads the published-slug list once
    console.log(`cache-miss renders, one at a time, ${SAMPLES} distinct URLs each, ${tools} synthetic tools`);
    console.log("| page | median ms | p95 ms | max ms | ok |\n|---|--:|--:|--:|---|");
    let passed = true;
    for (const [kind, paths] of Object.entries(kinds)) {
      const samples = [];
      for (const path of paths) samples.push(await time(server.origin, path));
      const p95 = percentile(samples, 95);
      passed &&= p95 < 60;
      console.log(`| ${kind} | ${percentile(samples, 50).toFixed(1)} | ${p95.toFixed(1)} | ${Math.max(...samples).toFixed(1)} | ${p95 < 60 ? "yes" : "NO"} |`);
    }
    // One read of every tool's closest tools (closestNeighbourPairs), not a query per tool.
    console.log(`/sitemap.xml, first request: ${(await time(server.origin, "/sitemap.xml")).toFixed(0)} ms`);
    const rss = residentMegabytes(server.process.pid!);
    passed &&= rss < 512;
    console.log(`server memory (RSS, process and children): ${rss.toFixed(0)} MB (${rss < 512 ? "under" : "OVER"} 512 MB)`);
    return passed;
  } finally {
    await server.stop();
    await database.drop();
  }
}
