// Two `next start` instances sharing Redis (REDIS_URL, a key prefix of this
// run's own): "use cache" entries rendered by one are read by the other, and a
// change expired on one shows on both at their next request.
import { expect, test } from "./support/fixtures";
import { tagsForToolChange } from "@/lib/cache/tags";
import { createPrismaClient } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { scratchDatabase, startServer, type ScratchDatabase, type Server } from "../support/app-server";
import { clearRedisPrefix, countRedisKeys, TEST_REDIS_URL, uniqueRedisPrefix } from "../support/redis";
import { REPLAY_HEADER } from "@/lib/server/page-replay";

const BASE = Number(process.env.E2E_PORT ?? 3210);
const TOKEN = "multi-instance-revalidate-token";
test.describe.configure({ timeout: 180_000 });

let database: ScratchDatabase;
let prisma: PrismaClient;
let servers: Server[] = [];
const prefix = uniqueRedisPrefix("multi");

test.beforeAll(async () => {
  test.setTimeout(180_000); // a database copy and a production server start: slow on a busy 2-core machine
  database = await scratchDatabase(`toolmatch_e2e_multi_${BASE}`, 0, "fixture");
  prisma = createPrismaClient(database.url, 2);
  const env = { DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix, REVALIDATE_TOKEN: TOKEN };
  servers = await Promise.all([startServer(BASE + 2, env), startServer(BASE + 3, env)]);
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await prisma?.$disconnect();
  await database?.drop();
  await clearRedisPrefix(prefix);
});

const page = async (server: Server, path: string) => {
  const response = await fetch(`${server.origin}${path}`);
  return { status: response.status, html: await response.text(), replayed: response.headers.get(REPLAY_HEADER) === "hit" };
};

/** Asks until the server answers the page from its replay of Next's cached response (lib/server/page-replay.ts). */
const untilReplayed = (server: Server, path: string) => expect.poll(async () => (await page(server, path)).replayed, { message: `${server.origin}${path}` }).toBe(true);

async function expire(server: Server, slug: string) {
  const response = await fetch(`${server.origin}/api/revalidate`, {
    method: "POST",
    headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ tags: tagsForToolChange(slug) }),
  });
  expect(response.status).toBe(200);
}

test("cached data is shared and a change expired on one instance shows on both at the next request", async () => {
  const [a, b] = servers as [Server, Server];
  const tool = await prisma.tool.findFirstOrThrow({ where: { published: true }, orderBy: { slug: "asc" } });
  const path = `/tools/${tool.slug}`;
  expect((await page(a, path)).html).toContain(tool.summary);
  // Entries are written to Redis after the response: wait until A's are all there (the count stops growing).
  let seen = -1;
  await expect
    .poll(async () => {
      const count = await countRedisKeys(prefix);
      const settled = count > 0 && count === seen;
      seen = count;
      return settled;
    })
    .toBe(true);

  // Written without telling any server: B renders the page from the data A cached in Redis.
  const marker = `Shared-cache marker ${Date.now()}`;
  await prisma.tool.update({ where: { id: tool.id }, data: { summary: marker } });
  const fromB = await page(b, path);
  expect(fromB.html).toContain(tool.summary);
  expect(fromB.html).not.toContain(marker);
  // B now answers before Next looks: the expiry on A must still reach it at once.
  await untilReplayed(b, path);

  await expire(a, tool.slug);
  expect((await page(b, path)).html).toContain(marker);
  expect((await page(a, path)).html).toContain(marker);
});

test("a tool unpublished through one instance is a 404 on the other at the next request", async () => {
  const [a, b] = servers as [Server, Server];
  const tool = await prisma.tool.findFirstOrThrow({ where: { published: true }, orderBy: { slug: "desc" } });
  const path = `/tools/${tool.slug}`;
  expect((await page(b, path)).status).toBe(200);
  await untilReplayed(b, path);
  await prisma.tool.update({ where: { id: tool.id }, data: { published: false } });
  try {
    await expire(a, tool.slug);
    expect((await page(b, path)).status).toBe(404);
    expect((await page(a, path)).status).toBe(404);
  } finally {
    await prisma.tool.update({ where: { id: tool.id }, data: { published: true } });
    await expire(b, tool.slug);
  }
  expect((await page(a, path)).status).toBe(200);
});
