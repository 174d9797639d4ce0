// `npm run bench:pages`: starts the production build on a scratch copy of the
// seeded catalogue and measures, in one run of alternating rounds (autocannon,
// 32 connections), each content page against /methodology, the app's static
// ceiling. Targets: every page ≥ 0.9 of the ceiling, p99 < 50 ms, 0 errors.
//
//   npm run bench:pages [-- --rounds 3 --seconds 5 --connections 32 --port 3230 --encoding identity]
//   npm run bench:pages -- --static        each page against a plain Node server sending the same bytes
//   npm run bench:pages -- --nginx         the comparison page through deploy/nginx.conf vs a plain Node server
//   npm run bench:pages -- --tools 10000   cache-miss render times and memory on a synthetic catalogue
//
// Exits non-zero when a target is missed. Needs `npm run build` and PostgreSQL (TEST_DATABASE_URL).
import { parseArgs } from "node:util";
import { alternatingRounds, printTable } from "./support/load";
import { benchNginx } from "./support/nginx-bench";
import { requireBuild, scratchDatabase, startServer } from "@/tests/support/app-server";
import { benchScale } from "./support/scale-bench";
import { benchAgainstStaticTwins } from "./support/static-twin";

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    seconds: { type: "string", default: "5" },
    connections: { type: "string", default: "32" },
    port: { type: "string", default: "3230" },
    nginx: { type: "boolean", default: false },
    static: { type: "boolean", default: false },
    tools: { type: "string" },
    // What browsers and CDNs ask for; "identity" measures uncompressed bytes.
    encoding: { type: "string", default: "gzip, deflate, br" },
  },
});
const options = { rounds: Number(args.rounds), seconds: Number(args.seconds), connections: Number(args.connections) };
const port = Number(args.port);

const PAGES = [
  "/compare/dreambooth-stable-diffusion-vs-gemini-2-0-flash-lite",
  "/tools/vllm",
  "/",
  "/tools",
  "/tools?kind=model&sort=name",
  "/capabilities",
  "/graph/vllm",
];

requireBuild();
let passed: boolean;
if (args.nginx) {
  passed = await benchNginx(port, options);
} else if (args.tools) {
  passed = await benchScale(port, Number(args.tools));
} else {
  const database = await scratchDatabase(`toolmatch_bench_pages_${port}`);
  const server = await startServer(port, { DATABASE_URL: database.url });
  try {
    for (const path of ["/methodology", ...PAGES]) {
      const response = await fetch(`${server.origin}${path}`);
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    }
    const url = (path: string) => ({ label: path, url: `${server.origin}${path}` });
    console.log(`${options.rounds} alternating rounds of ${options.seconds} s per page, ${options.connections} connections, server on ${server.origin}`);
    console.log(`Accept-Encoding: ${args.encoding}`);
    if (args.static) {
      passed = await benchAgainstStaticTwins(server.origin, ["/methodology", ...PAGES], port + 1, { ...options, encoding: args.encoding });
    } else {
      const rows = await alternatingRounds(url("/methodology"), PAGES.map(url), { ...options, serverPid: server.process.pid, headers: { "accept-encoding": args.encoding } });
      passed = printTable(rows, { ratio: 0.9, p99: 50 });
    }
  } finally {
    await server.stop();
    await database.drop();
  }
}
process.exit(passed ? 0 : 1);
