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

/** SAMPLES distinct /tools pages spread over the whole catalogue (past its last page is a 404), in four filter states. */
async function cataloguePages(origin: string): Promise<string[]> {
  const filters = (i: number) => `${i % 2 ? "&sort=name" : ""}${i % 3 ? "&free=yes" : ""}`;
  const pageCounts = new Map<string, number>();
  for (const variant of new Set(Array.from({ length: 6 }, (_, i) => filters(i)))) {
    const response = await fetch(`${origin}/api/v1/tools?page=1${variant}`);
    pageCounts.set(variant, ((await response.json()) as { pageCount: number }).pageCount);
  }
  // The filters repeat every 6 samples; the n-th sample of each filter state goes n/17 of the way through its pages.
  const perState = Math.ceil(SAMPLES / 6);
  const paths = Array.from({ length: SAMPLES }, (_, i) => {
    const pageCount = pageCounts.get(filters(i))!;
    return `/tools?page=${2 + Math.floor((Math.floor(i / 6) * (pageCount - 2)) / perState)}${filters(i)}`;
  });
  if (new Set(paths).size !== paths.length) throw new Error("the catalogue is too small for distinct /tools pages");
  return paths;
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
