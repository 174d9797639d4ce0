// The database goes away under load, through a TCP relay between the app and
// the shared PostgreSQL (which keeps running for everyone else): cached pages
// keep answering 200, uncached ones 503 with Retry-After, and the app recovers
// by itself when the relay opens again.
import { expect, test } from "./support/fixtures";
import autocannon from "autocannon";
import { createPrismaClient } from "@/lib/db/client";
import { comparisonPath, graphPath, toolPath } from "@/lib/compare-url";
import { scratchDatabase, startServer, type ScratchDatabase, type Server } from "../support/app-server";
import { TcpProxy } from "../support/tcp-proxy";

const BASE = Number(process.env.E2E_PORT ?? 3210);
test.describe.configure({ timeout: 180_000 });

let database: ScratchDatabase;
let relay: TcpProxy;
let server: Server;
let slugs: string[];

test.beforeAll(async () => {
  test.setTimeout(180_000); // a database copy and a production server start: slow on a busy 2-core machine
  database = await scratchDatabase(`toolmatch_e2e_outage_${BASE}`, 0, "fixture");
  const prisma = createPrismaClient(database.url, 1);
  slugs = (await prisma.tool.findMany({ where: { published: true }, orderBy: { slug: "asc" }, take: 3, select: { slug: true } })).map((tool) => tool.slug);
  await prisma.$disconnect();
  relay = new TcpProxy(BASE + 4, Number(new URL(database.url).port || 5432));
  await relay.open();
  const url = new URL(database.url);
  url.port = String(relay.port);
  server = await startServer(BASE + 5, { DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: "4" });
});

test.afterAll(async () => {
  await server?.stop();
  await relay?.close();
  await database?.drop();
});

const status = async (path: string) => {
  const response = await fetch(`${server.origin}${path}`);
  return { status: response.status, retryAfter: response.headers.get("retry-after") };
};

test("cached pages keep serving without the database; the rest is 503 until it returns", async () => {
  const [a, b, uncached] = slugs as [string, string, string];
  const cached = ["/", "/tools", "/tools?kind=model", toolPath(a), comparisonPath([a, b]), graphPath(a), "/capabilities", "/methodology"];
  for (const path of cached) expect((await status(path)).status, path).toBe(200);

  await relay.close();
  for (const path of cached) {
    const result = await autocannon({ url: `${server.origin}${path}`, connections: 8, duration: 2 });
    expect({ path, non2xx: result.non2xx, errors: result.errors, served: result["2xx"] > 0 }).toEqual({ path, non2xx: 0, errors: 0, served: true });
  }
  await expect.poll(() => status(toolPath(uncached)), { timeout: 20_000 }).toEqual({ status: 503, retryAfter: "10" });
  expect((await status(comparisonPath([b, uncached]))).status).toBe(503);

  await relay.open();
  await expect.poll(async () => (await status(toolPath(uncached))).status, { timeout: 30_000 }).toBe(200);
  expect((await status(comparisonPath([b, uncached]))).status).toBe(200);
});
