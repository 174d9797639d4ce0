import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { serverEnv } from "@/lib/env";
import { isRead, retryOnDroppedConnection } from "./retry";

// On globalThis, not in module scope: the server may load this module more than once (one copy per bundle layer).
const globalForPrisma = globalThis as unknown as { toolmatchPrisma?: PrismaClient; toolmatchPools?: WeakMap<PrismaClient, pg.Pool> };
/** The pool under each client createPrismaClient made (see poolOf). */
const pools = (globalForPrisma.toolmatchPools ??= new WeakMap<PrismaClient, pg.Pool>());

/**
 * A client whose reads are retried once on a dropped connection (see ./retry.ts); writes never are.
 * Getting a connection (a new one, or a turn in the pool when all are busy) gives up after 15 s, so an
 * unreachable database fails requests (503) instead of hanging them, while a busy pool under load still serves.
 */
export function createPrismaClient(connectionString: string, max = serverEnv().DATABASE_POOL_SIZE): PrismaClient {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 15_000 });
  // An idle connection that drops (a restart, a dropped database) leaves the pool by itself; the next query opens another.
  pool.on("error", () => {});
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  const extended = client.$extends({
    query: {
      $allOperations: ({ operation, args, query }) => (isRead(operation) ? retryOnDroppedConnection(() => query(args)) : query(args)),
    },
  }) as unknown as PrismaClient;
  pools.set(extended, pool);
  return extended;
}

/**
 * The connection pool under a client made by createPrismaClient, shared with
 * it, for statements Prisma cannot run as needed: the search's, prepared once
 * per connection (lib/search/statement.ts).
 */
export function poolOf(client: PrismaClient): pg.Pool {
  const pool = pools.get(client);
  if (!pool) throw new Error("This Prisma client was not made by createPrismaClient, so it has no pool to share");
  return pool;
}

/** The one Prisma client of the process, created on first use (never at import, so builds need no database). */
export function db(): PrismaClient {
  globalForPrisma.toolmatchPrisma ??= createPrismaClient(serverEnv().DATABASE_URL);
  return globalForPrisma.toolmatchPrisma;
}

/** Closes the process's pool, if it ever opened one (at shutdown). */
export async function closeDb(): Promise<void> {
  await globalForPrisma.toolmatchPrisma?.$disconnect();
}

/** Lets tests and scripts point the process at another database. */
export function setDb(client: PrismaClient): void {
  globalForPrisma.toolmatchPrisma = client;
}
