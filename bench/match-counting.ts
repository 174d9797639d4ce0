// Load test of times-matched counting against a running server (loopback
// only): the comparison page's view beacon under N concurrent connections,
// every request from a different address (so each is a new visitor and must
// count), then as many from one address (which must count once), then checks
// that the database counted exactly that.
// A fixed number of requests (not a duration), so none is cut off mid-flight.
// Usage: DATABASE_URL=… npx tsx bench/match-counting.ts http://127.0.0.1:3222 [requests] [connections]
import autocannon from "autocannon";
import { comparisonPath, viewBeaconPath } from "@/lib/compare-url";
import { db } from "@/lib/db/client";
import { comparisonKey } from "@/lib/matching/record-view";

const [origin = "http://127.0.0.1:3000", requests = "300", connections = "10"] = process.argv.slice(2);
if (!["127.0.0.1", "localhost", "[::1]"].includes(new URL(origin).hostname)) throw new Error("Load tests only target this machine");
const PAIR = ["dreambooth-stable-diffusion", "gemini-2-0-flash-lite"];
const url = `${origin}${viewBeaconPath(comparisonPath(PAIR))}`;
const BROWSER = { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36", "sec-fetch-site": "same-origin" };
const run = Date.now() % 200;

const views = async () => (await db().comparisonView.findUnique({ where: { pairKey: comparisonKey(PAIR) } }))?.views ?? 0;

async function load(label: string, address: (index: number) => string) {
  let sent = 0;
  const result = await autocannon({
    url,
    connections: Number(connections),
    amount: Number(requests),
    requests: [{ setupRequest: (request) => ({ ...request, headers: { ...BROWSER, "x-forwarded-for": address(sent++) } }) }],
  });
  const { p50, p99 } = result.latency as unknown as Record<string, number>;
  console.log(`${label}: ${result["2xx"]} beacons, ${result.requests.average.toFixed(0)} req/s, p50 ${p50} ms, p99 ${p99} ms, errors ${result.errors + result.non2xx}`);
  return result["2xx"];
}

async function settled(expected: number): Promise<number> {
  let counted = await views();
  for (let waited = 0; counted < expected && waited < 30; waited++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    counted = await views();
  }
  return counted;
}

const before = await views();
const distinct = await load("distinct visitors", (index) => `10.${run}.${Math.floor(index / 250) % 250}.${index % 250}`);
const afterDistinct = await settled(before + distinct);
await load("one visitor", () => `10.${run}.250.250`);
const afterOne = await settled(afterDistinct + 1);
const exact = afterDistinct - before === distinct && afterOne - afterDistinct === 1;
console.log(`database counted ${afterDistinct - before} for ${distinct} visitors and ${afterOne - afterDistinct} for one visitor's ${requests}: ${exact ? "exact" : "MISMATCH"}`);
await db().$disconnect();
process.exit(exact ? 0 : 1);
