import autocannon from "autocannon";
import { setTimeout as sleep } from "node:timers/promises";
import { comparisonPath, graphPath, toolPath } from "@/lib/compare-url";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { withAdmin } from "@/tests/support/databases";
import { countedViews, READER_AGENT, viewRequest } from "./views";

export type LoadOptions = {
  url: string;
  seconds: number;
  connections: number;
  /** Where the server keeps its data: to compare the counted views with the views made. */
  prisma: PrismaClient;
  /** Kill the server's database connections this often (ms), on its own database only. */
  killEvery?: { milliseconds: number; databaseName: string };
};

export type RouteResult = { route: string; connections: number; requests: number; p50: number; p99: number; non2xx: number; errors: number };
export type LoadResult = { routes: RouteResult[]; viewsMade: number; viewsCounted: number; connectionsKilled: number };

type RouteLoad = { route: string; weight: number; requests: autocannon.Request[]; makesViews?: boolean };

/** The mix: public pages, searches (page and API) and API calls, on tools the catalogue holds. */
async function routeMix(url: string): Promise<{ routes: RouteLoad[]; pair: [string, string] }> {
  const { items } = (await (await fetch(`${url}/api/v1/tools?sort=name`)).json()) as { items: { slug: string }[] };
  const [a, b, c] = items.map((item) => item.slug) as [string, string, string];
  const get = (...paths: string[]) => paths.map((path) => ({ method: "GET" as const, path, headers: { "user-agent": READER_AGENT } }));
  const pair: [string, string] = [a, b];
  return {
    pair,
    routes: [
      { route: "home", weight: 1, requests: get("/") },
      { route: "catalogue", weight: 1, requests: get("/tools", "/tools?sort=name&page=2", "/tools?kind=model") },
      { route: "tool page", weight: 1, requests: get(toolPath(a), toolPath(b), toolPath(c)) },
      { route: "comparison (counted view)", weight: 2, requests: [viewRequest(pair)], makesViews: true },
      { route: "comparison (other)", weight: 1, requests: get(comparisonPath([a, c]), comparisonPath([b, c])) },
      { route: "graph page", weight: 1, requests: get(graphPath(a)) },
      { route: "methodology", weight: 1, requests: get("/methodology") },
      { route: "search page", weight: 2, requests: get("/search?q=model", "/search?q=speech+to+text", `/search?like=${a}`, "/search?q=gemni") },
      { route: "API search", weight: 1, requests: get("/api/v1/search?q=model", `/api/v1/search?like=${b}`) },
      { route: "API tools", weight: 1, requests: get("/api/v1/tools", `/api/v1/tools/${a}`, `/api/v1/tools/${b}/alternatives`) },
      { route: "API compare", weight: 1, requests: get(`/api/v1/compare?tools=${a},${b}`) },
    ],
  };
}

/** Splits the connections by weight, at least one each. */
function share(routes: RouteLoad[], connections: number): number[] {
  const total = routes.reduce((sum, route) => sum + route.weight, 0);
  return routes.map((route) => Math.max(1, Math.round((connections * route.weight) / total)));
}

async function killLoop(options: NonNullable<LoadOptions["killEvery"]>, until: Promise<unknown>): Promise<number> {
  let killed = 0;
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    await sleep(options.milliseconds);
    if (done) break;
    const { rowCount } = await withAdmin((admin) =>
      admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [options.databaseName]),
    );
    killed += rowCount ?? 0;
  }
  return killed;
}

/**
 * Runs every route of the mix at once, each on its share of the connections,
 * for `seconds`; then compares the views the database counted with the views
 * made. A view request cut off when the time is up may still be counted by
 * the server: counted ≥ made is no loss; counted < made is.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { routes, pair } = await routeMix(options.url);
  // Warm every cache first, so the run measures what readers get.
  for (const route of routes) for (const request of route.requests) await fetch(`${options.url}${request.path}`, { headers: { "user-agent": READER_AGENT } });
  await sleep(1000);
  const before = await countedViews(options.prisma, pair);
  const connections = share(routes, options.connections);
  const runs = Promise.all(
    routes.map((route, index) => autocannon({ url: options.url, connections: connections[index]!, duration: options.seconds, timeout: 30, requests: route.requests })),
  );
  const [results, connectionsKilled] = await Promise.all([runs, options.killEvery ? killLoop(options.killEvery, runs) : Promise.resolve(0)]);
  const viewsMade = routes.reduce((sum, route, index) => sum + (route.makesViews ? results[index]!["2xx"] : 0), 0);
  let viewsCounted = (await countedViews(options.prisma, pair)) - before;
  for (let waited = 0; viewsCounted < viewsMade && waited < 30_000; waited += 500) {
    await sleep(500);
    viewsCounted = (await countedViews(options.prisma, pair)) - before;
  }
  return {
    routes: routes.map((route, index) => {
      const result = results[index]!;
      return { route: route.route, connections: connections[index]!, requests: result.requests.total, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
    }),
    viewsMade,
    viewsCounted,
    connectionsKilled,
  };
}

export function printLoad(result: LoadResult, seconds: number): void {
  const pad = (value: string | number, width: number) => String(value).padStart(width);
  console.log(`${"route".padEnd(28)}${pad("conns", 6)}${pad("requests", 10)}${pad("req/s", 8)}${pad("p50 ms", 8)}${pad("p99 ms", 8)}${pad("non-2xx", 9)}${pad("errors", 8)}`);
  for (const row of result.routes) {
    console.log(`${row.route.padEnd(28)}${pad(row.connections, 6)}${pad(row.requests, 10)}${pad((row.requests / seconds).toFixed(0), 8)}${pad(row.p50, 8)}${pad(row.p99, 8)}${pad(row.non2xx, 9)}${pad(row.errors, 8)}`);
  }
  const total = result.routes.reduce((sum, row) => sum + row.requests, 0);
  const failed = result.routes.reduce((sum, row) => sum + row.non2xx + row.errors, 0);
  console.log(`total: ${total} requests in ${seconds} s (${(total / seconds).toFixed(0)}/s), ${failed} non-2xx or errors`);
  if (result.connectionsKilled) console.log(`database connections killed during the run: ${result.connectionsKilled}`);
  const lost = Math.max(0, result.viewsMade - result.viewsCounted);
  console.log(`views: ${result.viewsMade} made, ${result.viewsCounted} counted, ${lost} lost${result.viewsCounted > result.viewsMade ? ` (${result.viewsCounted - result.viewsMade} cut off at the end but still counted)` : ""}`);
}

/** Whether the run passed: no failed request, no lost view. */
export const loadPassed = (result: LoadResult) => result.routes.every((row) => row.non2xx === 0 && row.errors === 0) && result.viewsCounted >= result.viewsMade;
