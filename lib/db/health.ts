import { db } from "./client";

const RECHECK_MS = 1000;
const PROBE_TIMEOUT_MS = 1500;

let known = { reachable: true, checkedAt: 0 };
let probing: Promise<boolean> | undefined;

async function probe(): Promise<boolean> {
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), PROBE_TIMEOUT_MS).unref());
  const reachable = await Promise.race([db().$queryRaw`SELECT 1`.then(() => true, () => false), timeout]);
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
