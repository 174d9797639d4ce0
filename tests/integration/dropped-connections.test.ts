import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { withAdmin } from "../support/databases";
import { useTestDatabase } from "../support/test-database";

/** Ends every connection of the app to its own database, as a failover or an admin would; the server keeps running. */
const killAppConnections = (database: string) =>
  withAdmin((admin) => admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [database]));

const sleeping = (database: string) =>
  withAdmin((admin) => admin.query("SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND state = 'active' AND query LIKE '%pg_sleep%'", [database]));

/** Starts `work` (which sleeps in the database), waits until it is running there, then kills the connections under it. */
async function killedWhileRunning<T>(database: string, work: () => Promise<T>): Promise<PromiseSettledResult<T>> {
  const running = Promise.allSettled([work()]);
  for (let waited = 0; (await sleeping(database)).rowCount === 0; waited += 20) {
    if (waited > 5000) throw new Error("the statement never started");
    await sleep(20);
  }
  await killAppConnections(database);
  return (await running)[0]!;
}

describe("reads survive a dropped database connection", () => {
  const database = useTestDatabase("migrated");

  it("a read whose connection is killed under it is tried once more, and answers", async () => {
    const read = await killedWhileRunning(database.name, () => db().$queryRaw<{ done: number }[]>`SELECT 1 AS done FROM pg_sleep(0.5)`);
    expect(read).toEqual({ status: "fulfilled", value: [{ done: 1 }] });
    expect(await db().tool.count()).toBe(0);
  });

  it("a write is never repeated behind the caller's back", async () => {
    const write = await killedWhileRunning(database.name, () => db().$executeRaw`SELECT pg_sleep(0.5)`);
    expect(write.status).toBe("rejected");
  });

  it("idle connections killed between requests are replaced without an error", async () => {
    await Promise.all([db().tool.count(), db().capabilityTag.count()]);
    await killAppConnections(database.name);
    expect(await Promise.all([db().tool.count(), db().capabilityTag.count(), db().user.count()])).toEqual([0, 0, 0]);
  });
});
