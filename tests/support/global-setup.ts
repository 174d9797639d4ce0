import type pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { seedDatabase } from "@/lib/seeds/seed-database";
import { databaseExists, databaseUrl, templateNames, templatePrefix, withAdmin } from "./databases";

const TEMPLATE_LOCK = 7_340_114;

async function dropStaleTemplates(admin: pg.Client, current: string[]): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE starts_with(datname, $2) AND NOT (datname = ANY($1))",
    [current, templatePrefix()],
  );
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
}

/**
 * Builds (once per change of migrations or seeds) two template databases:
 * one migrated, one migrated and seeded. Test files clone them.
 */
export async function prepareTemplates(): Promise<{ migrated: string; seeded: string }> {
  const names = await templateNames();
  await withAdmin(async (admin) => {
    await admin.query("SELECT pg_advisory_lock($1)", [TEMPLATE_LOCK]);
    try {
      if (!(await databaseExists(admin, names.migrated))) {
        await admin.query(`CREATE DATABASE "${names.migrated}_tmp"`);
        await migrate(databaseUrl(`${names.migrated}_tmp`));
        await admin.query(`ALTER DATABASE "${names.migrated}_tmp" RENAME TO "${names.migrated}"`);
      }
      if (!(await databaseExists(admin, names.seeded))) {
        await admin.query(`DROP DATABASE IF EXISTS "${names.seeded}_tmp"`);
        await admin.query(`CREATE DATABASE "${names.seeded}_tmp" TEMPLATE "${names.migrated}"`);
        const prisma = createPrismaClient(databaseUrl(`${names.seeded}_tmp`), 2);
        try {
          await seedDatabase(prisma);
        } finally {
          await prisma.$disconnect();
        }
        await admin.query(`ALTER DATABASE "${names.seeded}_tmp" RENAME TO "${names.seeded}"`);
      }
      await dropStaleTemplates(admin, [names.migrated, names.seeded]);
    } finally {
      await admin.query("SELECT pg_advisory_unlock($1)", [TEMPLATE_LOCK]);
    }
  });
  return names;
}

export default async function setup({ provide }: { provide: (key: "templates", value: { migrated: string; seeded: string }) => void }) {
  provide("templates", await prepareTemplates());
}

declare module "vitest" {
  export interface ProvidedContext {
    templates: { migrated: string; seeded: string };
  }
}
