import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { readSchema, schemaDiffSql } from "@/lib/db/schema-sql";
import { cloneDatabase, databaseUrl, dropDatabase, withAdmin } from "../support/databases";

async function emptyDatabase(): Promise<string> {
  return cloneDatabase("template1", "toolmatch_mig");
}

/** Everything about a database's structure that a schema describes, in a comparable form. */
async function describeStructure(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const query = async (sql: string) => (await client.query(sql)).rows;
    return {
      columns: await query(`
        SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length, numeric_precision, numeric_scale
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
        ORDER BY table_name, column_name`),
      indexes: await query(`
        SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename, indexname`),
      constraints: await query(`
        SELECT conrelid::regclass::text AS table_name, conname, contype, pg_get_constraintdef(oid) AS definition
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
        ORDER BY 1, 2`),
      enums: await query(`
        SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text AS labels
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY t.typname`),
      extensions: await query(`SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY extname`),
    };
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  const created: string[] = [];
  const fresh = async () => {
    const name = await emptyDatabase();
    created.push(name);
    return databaseUrl(name);
  };
  let migratedUrl: string;

  beforeAll(async () => {
    migratedUrl = await fresh();
    await migrate(migratedUrl);
  });
  afterAll(async () => {
    for (const name of created) await dropDatabase(name);
  });

  it("builds a database that matches schema.prisma exactly", async () => {
    const expectedUrl = await fresh();
    const sql = await schemaDiffSql(null, await readSchema(), expectedUrl);
    await withAdmin(async () => {
      const client = new pg.Client({ connectionString: expectedUrl });
      await client.connect();
      await client.query(sql);
      await client.end();
    });
    expect(await describeStructure(migratedUrl)).toEqual(await describeStructure(expectedUrl));
  });

  it("records every migration as applied, in Prisma's history table", async () => {
    const client = new pg.Client({ connectionString: migratedUrl });
    await client.connect();
    const { rows } = await client.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY 1`);
    await client.end();
    expect(rows.map((row) => row.migration_name)).toEqual((await readMigrations()).map((m) => m.name));
  });

  it("is idempotent: a second run applies nothing", async () => {
    expect(await migrate(migratedUrl)).toEqual([]);
  });

  it("is safe when several processes migrate at once", async () => {
    const url = await fresh();
    const runs = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    const names = (await readMigrations()).map((m) => m.name);
    expect(runs.flat().sort()).toEqual(names.sort());
  });

  it("refuses to go on when an applied migration was edited", async () => {
    const url = await fresh();
    await migrate(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`UPDATE "_prisma_migrations" SET checksum = 'tampered'`);
    await client.end();
    await expect(migrate(url)).rejects.toThrow(/was changed after it was applied/);
  });
});
