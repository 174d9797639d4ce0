import { db } from "./client";

const RECHECK_MS = 1000;

let known = { reachable: true, checkedAt: 0 };
let probing: Promise<boolean> | undefined;

/**
 * A `SELECT 1`: false only when it fails (refused, reset, or the pool's 5 s
 * connection timeout), never because a busy or cold server is slow to answer,
 * which would turn a slow page into a 503.
 */
async function probe(): Promise<boolean> {
  const reachable = await db().$queryRaw`SELECT 1`.then(() => true, () => false);
  known = { reachable, checkedAt: Date.now() };
  return reachable;
}

/**
 * Whether the database answers, asked at most once a second per process
 * (concurrent callers share one probe). proxy.ts asks only before a page that
 * is not cached, so a healthy site pays nothing and an outage costs one
 * `SELECT 1` a second; the pool reconnects by itself when the database returns.
 */
export async function databaseReachable(): Promise<boolean> {
  if (Date.now() - known.checkedAt < RECHECK_MS) return known.reachable;
  probing ??= probe().finally(() => (probing = undefined));
  return probing;
}
