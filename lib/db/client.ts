import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { serverEnv } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { toolmatchPrisma?: PrismaClient };

// A connection attempt gives up after 5 s, so an unreachable database fails requests (503) instead of hanging them.
export function createPrismaClient(connectionString: string, max = serverEnv().DATABASE_POOL_SIZE): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max, connectionTimeoutMillis: 5000 }) });
}

/** The one Prisma client of the process, created on first use (never at import, so builds need no database). */
export function db(): PrismaClient {
  globalForPrisma.toolmatchPrisma ??= createPrismaClient(serverEnv().DATABASE_URL);
  return globalForPrisma.toolmatchPrisma;
}

/** Lets tests and scripts point the process at another database. */
export function setDb(client: PrismaClient): void {
  globalForPrisma.toolmatchPrisma = client;
}
