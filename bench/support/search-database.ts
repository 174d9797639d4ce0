import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDatabase } from "@/lib/seeds/seed-database";
import { databaseUrl, withAdmin } from "@/tests/support/databases";
import { addSyntheticTools } from "@/tests/support/synthetic-catalogue";

/**
 * A scratch database on the test server holding the seeded catalogue plus
 * `syntheticTools` made-up ones. With `reuse`, a database of that name that
 * already holds that many tools is kept as it is (building 100,000 tools
 * takes minutes), else it is built again from nothing.
 */
export async function scratchSearchDatabase(name: string, syntheticTools: number, reuse: boolean): Promise<{ prisma: PrismaClient; seeded: number; built: boolean }> {
  const url = databaseUrl(name);
  if (reuse) {
    const exists = await withAdmin(async (admin) => (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1);
    if (exists) {
      await migrate(url);
      const prisma = createPrismaClient(url, 10);
      const synthetic = await prisma.tool.count({ where: { slug: { startsWith: "synthetic-" } } });
      if (synthetic === syntheticTools) return { prisma, seeded: (await prisma.tool.count()) - synthetic, built: false };
      await prisma.$disconnect();
    }
  }
  await withAdmin(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  });
  await migrate(url);
  const prisma = createPrismaClient(url, 10);
  await seedDatabase(prisma);
  await prisma.$executeRawUnsafe("VACUUM ANALYZE");
  return { prisma, seeded: await prisma.tool.count(), built: true };
}

export { addSyntheticTools };
