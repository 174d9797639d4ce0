import { setTimeout as sleep } from "node:timers/promises";
import { isDatabaseUnavailable } from "@/lib/errors";

/** Prisma operations that only read, so running one twice is the same as running it once. */
const READS = new Set(["findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count", "aggregate", "groupBy", "$queryRaw", "$queryRawUnsafe"]);

export const isRead = (operation: string) => READS.has(operation);

/**
 * How long to wait before each new try. When a connection drops, its
 * siblings in the pool usually dropped with it (a failover, a restart, an
 * admin ending the app's sessions) and their "closed" events are already
 * queued: waiting lets the pool throw them all away, so the next try gets a
 * live connection. A second retry covers a second drop during the first.
 */
const RETRY_DELAYS_MS = [25, 250];

/**
 * Runs `work`, and again if the database connection dropped under it. Only
 * for work that is safe to repeat: reads, or writes that cannot have
 * committed when their connection dropped (a single statement).
 */
export async function retryOnDroppedConnection<T>(work: () => Promise<T>): Promise<T> {
  for (const delay of RETRY_DELAYS_MS) {
    try {
      return await work();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      await sleep(delay);
    }
  }
  return work();
}
