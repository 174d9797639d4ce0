// Load test of times-matched counting against a running server (loopback
// only): the comparison page under N concurrent connections, first as
// counted views, then as uncounted crawler views for a baseline; then checks
// that the database counted exactly the pages served.
// A fixed number of requests (not a duration), so none is cut off mid-flight.
// Usage: DATABASE_URL=… npx tsx bench/match-counting.ts http://127.0.0.1:3222 [requests] [connections]
import autocannon from "autocannon";
import { comparisonPath } from "@/lib/compare-url";
import { db } from "@/lib/db/client";
import { comparisonKey } from "@/lib/matching/record-view";

const [origin = "http://127.0.0.1:3000", requests = "300", connections = "10"] = process.argv.slice(2);
if (!["127.0.0.1", "localhost", "[::1]"].includes(new URL(origin).hostname)) throw new Error("Load tests only target this machine");
const PAIR = ["dreambooth-stable-diffusion", "gemini-2-0-flash-lite"];
const url = `${origin}${comparisonPath(PAIR)}`;

const views = async () => (await db().comparisonView.findUnique({ where: { pairKey: comparisonKey(PAIR) } }))?.views ?? 0;

async function run(label: string, headers: Record<string, string>) {
  const result = await autocannon({ url, connections: Number(connections), amount: Number(requests), headers });
  const { p50, p90, p99 } = result.latency as unknown as Record<string, number>;
  console.log(`${label}: ${result["2xx"]} pages, ${result.requests.average.toFixed(0)} req/s, latency p50 ${p50} ms, p90 ${p90} ms, p99 ${p99} ms, errors ${result.errors + result.non2xx}`);
  return result["2xx"];
}

await fetch(url); // warm the caches
await new Promise((resolve) => setTimeout(resolve, 1000));
const before = await views();
const counted = await run("counted views", { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36" });
await run("crawler views (not counted)", { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1)" });
let after = await views();
for (let waited = 0; after - before < counted && waited < 30; waited++) {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  after = await views();
}
console.log(`database counted ${after - before} views for ${counted} counted pages served: ${after - before === counted ? "exact" : "MISMATCH"}`);
await db().$disconnect();
process.exit(after - before === counted ? 0 : 1);
