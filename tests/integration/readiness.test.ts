import { describe, expect, it } from "vitest";
import { createPrismaClient, db, setDb } from "@/lib/db/client";
import { beginDraining } from "@/lib/server/lifecycle";
import { checkReadiness } from "@/lib/server/readiness";
import { useTestDatabase } from "../support/test-database";

describe("readiness (GET /api/ready)", () => {
  const database = useTestDatabase("migrated");

  it("is ready when the database answers and every shipped migration is applied", async () => {
    expect(await checkReadiness()).toMatchObject({ ready: true, migrations: expect.any(Number) });
  });

  it("is not ready while a shipped migration is not applied, naming it", async () => {
    const [latest] = await database.prisma.$queryRaw<{ name: string }[]>`SELECT migration_name AS name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
    await database.prisma.$executeRaw`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = ${latest!.name}`;
    try {
      expect(await checkReadiness()).toEqual({ ready: false, problems: [{ field: "migrations", message: `not applied yet: ${latest!.name}` }] });
    } finally {
      await database.prisma.$executeRaw`UPDATE "_prisma_migrations" SET finished_at = now() WHERE migration_name = ${latest!.name}`;
    }
  });

  it("is not ready when the database cannot be reached", async () => {
    setDb(createPrismaClient("postgresql://postgres@127.0.0.1:1/nowhere", 1));
    try {
      expect(await checkReadiness()).toMatchObject({ ready: false, problems: [{ field: "database", message: expect.stringMatching(/^cannot be reached/) }] });
    } finally {
      await db().$disconnect();
      setDb(database.prisma);
    }
  });

  it("is not ready once the process is shutting down", async () => {
    beginDraining();
    expect(await checkReadiness()).toEqual({ ready: false, problems: [{ field: "server", message: "is shutting down" }] });
  });
});
