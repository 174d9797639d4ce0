// Load-tests the /search page of a running server (`npm start`, or the
// end-to-end build) with autocannon: the URLs people follow, in turn, over
// several connections. Pages are cached per query after their first request,
// so this measures what repeat visitors get; bench/search-latency.ts measures
// uncached searches.
//
//   npx tsx bench/search-page.ts [--url http://127.0.0.1:3000] [--seconds 10] [--connections 4]
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const { values: args } = parseArgs({
  options: { url: { type: "string", default: "http://127.0.0.1:3000" }, seconds: { type: "string", default: "10" }, connections: { type: "string", default: "4" } },
});

const PATHS = [
  "/search?q=fine-tune+an+image+model+on+5+photos+of+my+dog",
  "/search?q=cheap+LLM+with+JSON+output",
  "/search?q=gemni+flash",
  "/search?q=dream+booth&kind=repository",
  "/search?q=vector+database&free=yes",
  "/search?like=dreambooth-stable-diffusion",
  "/search?from=dreambooth-stable-diffusion,gemini-2-0-flash-lite",
  "/search?tag=fine-tuning",
  "/search",
];

for (const path of PATHS) {
  const warm = await fetch(new URL(path, args.url));
  if (!warm.ok) throw new Error(`${path} answered ${warm.status}`);
}
const result = await autocannon({
  url: args.url,
  connections: Number(args.connections),
  duration: Number(args.seconds),
  requests: PATHS.map((path) => ({ method: "GET", path })),
});
const { latency, requests, non2xx, errors } = result;
console.log(`${PATHS.length} search URLs in turn, ${args.connections} connections, ${args.seconds} s against ${args.url}`);
console.log(`latency: median ${latency.p50} ms, p90 ${latency.p90} ms, p99 ${latency.p99} ms, max ${latency.max} ms`);
console.log(`throughput: ${requests.average.toFixed(0)} requests/s; non-2xx: ${non2xx}, errors: ${errors}`);
