// `npm run bench:load`: the production server under 100 connections for 60 s,
// over a mix of public pages, searches and API calls; prints p50/p99 per
// route and the errors, then checks that no view was lost (the views the
// database counted against the views the bench made). Fails (exit 1) on any
// error, non-2xx answer or lost view.
//
//   npm run bench:load [-- --seconds 60 --connections 100 --kill-every 500 --port 3229]
//
// It starts the production build (`npm run build` first) on a fresh copy of
// the seeded test database (local PostgreSQL, TEST_DATABASE_URL). With
// --kill-every N it also kills the server's database connections every N ms
// (on its own scratch database only; the shared server keeps running).
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/client";
import { loadPassed, printLoad, runLoad } from "./load/run";
import { startProductionServer } from "./load/server";

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    connections: { type: "string", default: "100" },
    "kill-every": { type: "string" },
    port: { type: "string", default: "3229" },
  },
});
const seconds = Number(args.seconds);
const server = await startProductionServer(Number(args.port), "toolmatch_bench_load");
const prisma = createPrismaClient(server.databaseUrl, 2);
let passed = false;
try {
  console.log(`${args.connections} connections for ${seconds} s against ${server.url}${args["kill-every"] ? `, killing its database connections every ${args["kill-every"]} ms` : ""}`);
  const result = await runLoad({
    url: server.url,
    seconds,
    connections: Number(args.connections),
    prisma,
    killEvery: args["kill-every"] ? { milliseconds: Number(args["kill-every"]), databaseName: server.databaseName } : undefined,
  });
  printLoad(result, seconds);
  passed = loadPassed(result);
} finally {
  await prisma.$disconnect();
  const code = await server.stop();
  console.log(`server stopped with exit code ${code}${server.output().includes("database pool closed") ? " after closing its database pool" : ""}`);
  if (!passed) console.log(`server output (errors):\n${server.output().split("\n").filter((line) => /error|fail|unavailable/i.test(line)).slice(0, 40).join("\n")}`);
}
console.log(passed ? "PASS: 0 errors, 0 lost views" : "FAIL");
process.exit(passed ? 0 : 1);
