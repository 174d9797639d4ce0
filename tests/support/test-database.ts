import { afterAll, beforeAll, inject } from "vitest";
import { createPrismaClient, setDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { cloneDatabase, databaseUrl, dropDatabase } from "./databases";

export type TestDatabase = { name: string; url: string; prisma: PrismaClient };

/**
 * Gives the calling test file its own database cloned from a template, makes
 * it the process's database for lib/ code, and drops it afterwards.
 */
export function useTestDatabase(template: "migrated" | "seeded"): TestDatabase {
  const handle = {} as TestDatabase;
  beforeAll(async () => {
    handle.name = await cloneDatabase(inject("templates")[template]);
    handle.url = databaseUrl(handle.name);
    handle.prisma = createPrismaClient(handle.url, 4);
    setDb(handle.prisma);
  });
  afterAll(async () => {
    await handle.prisma?.$disconnect();
    if (handle.name) await dropDatabase(handle.name);
  });
  return handle;
}
