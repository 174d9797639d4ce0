import { loadPassed, printLoad, runLoad } from "@/bench/load/run";
import { startProductionServer } from "@/bench/load/server";
import { e2eDatabaseName } from "./support/e2e-database";
import { e2ePrisma } from "./support/admin";
import { expect, test } from "./support/fixtures";

test("killing the app's database connections under load: no failed request, no lost view", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const prisma = e2ePrisma();
  try {
    const seconds = 8;
    const result = await runLoad({ url: baseURL!, seconds, connections: 12, prisma, killEvery: { milliseconds: 700, databaseName: e2eDatabaseName() } });
    printLoad(result, seconds);
    expect(result.connectionsKilled).toBeGreaterThan(0);
    expect(result.viewsMade).toBeGreaterThan(0);
    expect(result.routes.filter((route) => route.non2xx + route.errors > 0)).toEqual([]);
    expect(result.viewsCounted).toBeGreaterThanOrEqual(result.viewsMade);
    expect(loadPassed(result)).toBe(true);
  } finally {
    await prisma.$disconnect();
  }
});

test("SIGTERM: requests in flight are answered, then the pool is closed and the process exits", async () => {
  test.setTimeout(120_000);
  const port = Number(new URL(test.info().project.use.baseURL!).port) + 1;
  const server = await startProductionServer(port, `${e2eDatabaseName()}_shutdown`);
  let stopped = false;
  try {
    const { items } = (await (await fetch(`${server.url}/api/v1/tools?sort=name`)).json()) as { items: { slug: string }[] };
    // Pages that render per request, so they take a while under 24 at once.
    const received = async () => ((await (await fetch(`${server.url}/api/health`)).json()) as { requestsReceived: number }).requestsReceived;
    const before = await received();
    const paths = items.slice(0, 24).map((item, index) => (index % 2 ? `/tools/${item.slug}` : `/search?q=${item.slug.split("-")[0]}`));
    const answers = paths.map((path) =>
      fetch(`${server.url}${path}`).then(
        async (response) => ({ path, status: response.status, bytes: (await response.text()).length }),
        (error: Error) => ({ path, status: 0, bytes: 0, error: error.message }),
      ),
    );
    // Every request has reached the server before the signal (its count includes the health checks themselves).
    await expect.poll(received, { timeout: 30_000 }).toBeGreaterThan(before + paths.length);
    const code = await server.stop();
    stopped = true;
    const results = await Promise.all(answers);
    expect(results.filter((result) => result.status !== 200)).toEqual([]);
    expect(results.every((result) => result.bytes > 1000)).toBe(true);
    expect(code).toBe(143);
    expect(server.output()).toContain("SIGTERM: draining requests in flight");
    expect(server.output()).toContain("requests drained, database pool closed");
  } finally {
    if (!stopped) await server.stop();
  }
});
