import type pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { seedDatabase } from "@/lib/seeds/seed-database";
import { CATALOGUE_DIRS, databaseExists, databaseUrl, templateNames, templatePrefix, withAdmin, type TemplateNames } from "./databases";

const TEMPLATE_LOCK = 7_340_114;

async function dropStaleTemplates(admin: pg.Client, current: string[]): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE starts_with(datname, $2) AND NOT (datname = ANY($1))",
    [current, templatePrefix()],
  );
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
}

/** A template cloned from the migrated one and seeded from a catalogue folder; built under a temporary name so a half-built one is never used. */
async function buildSeededTemplate(admin: pg.Client, migrated: string, name: string, dir: string): Promise<void> {
  if (await databaseExists(admin, name)) return;
  await admin.query(`DROP DATABASE IF EXISTS "${name}_tmp"`);
  await admin.query(`CREATE DATABASE "${name}_tmp" TEMPLATE "${migrated}"`);
  const prisma = createPrismaClient(databaseUrl(`${name}_tmp`), 2);
  try {
    await seedDatabase(prisma, dir);
  } finally {
    await prisma.$disconnect();
  }
  await admin.query(`ALTER DATABASE "${name}_tmp" RENAME TO "${name}"`);
}

/**
 * Builds (once per change of migrations, code or catalogue) the template
 * databases test files clone: migrated; migrated and seeded with the fixed
 * test catalogue; and, when `withRealCatalogue`, seeded with the real
 * catalogue in seeds/ (for the walk of every real page and the benchmarks).
 */
export async function prepareTemplates({ withRealCatalogue = false } = {}): Promise<TemplateNames> {
  const names = await templateNames();
  await withAdmin(async (admin) => {
    await admin.query("SELECT pg_advisory_lock($1)", [TEMPLATE_LOCK]);
    try {
      if (!(await databaseExists(admin, names.migrated))) {
        await admin.query(`CREATE DATABASE "${names.migrated}_tmp"`);
        await migrate(databaseUrl(`${names.migrated}_tmp`));
        await admin.query(`ALTER DATABASE "${names.migrated}_tmp" RENAME TO "${names.migrated}"`);
      }
      await buildSeededTemplate(admin, names.migrated, names.seeded, CATALOGUE_DIRS.fixture);
      if (withRealCatalogue) await buildSeededTemplate(admin, names.migrated, names.catalogue, CATALOGUE_DIRS.real);
      await dropStaleTemplates(admin, [names.migrated, names.seeded, names.catalogue]);
    } finally {
      await admin.query("SELECT pg_advisory_unlock($1)", [TEMPLATE_LOCK]);
    }
  });
  return names;
}

export default async function setup({ provide }: { provide: (key: "templates", value: TemplateNames) => void }) {
  provide("templates", await prepareTemplates());
}

declare module "vitest" {
  export interface ProvidedContext {
    templates: TemplateNames;
  }
}
