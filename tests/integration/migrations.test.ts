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
      functions: await query(`
        SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') ORDER BY 1`),
      triggers: await query(`SELECT tgrelid::regclass::text || '.' || tgname AS trigger FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`),
    };
  } finally {
    await client.end();
  }
}

/**
 * Objects the search migration (and the admin list's slug index, and the Rank-order indexes) adds by hand because
 * schema.prisma cannot express them (generated tsvector columns, GIN indexes, pg_trgm, NULLS LAST). The
 * migrated database must have exactly these beyond what the schema describes.
 */
const HAND_WRITTEN_SEARCH_OBJECTS = {
  tables: ["search_vendor", "tool_search"],
  columns: ["capability.search_vector", "capability_tag.search_vector"],
  indexes: [
    "capability_tag_search_vector_idx",
    "capability_title_prefix_idx",
    "search_vendor_pkey",
    "search_vendor_trgm_idx",
    "tool_name_trgm_idx",
    "tool_rank_nulls_last_idx",
    "tool_rank_order_idx",
    "tool_search_document_idx",
    "tool_search_listing_idx",
    "tool_search_name_document_idx",
    "tool_search_name_trgm_idx",
    "tool_search_pkey",
    "tool_search_price_listing_idx",
    "tool_search_slug_idx",
    "tool_search_tag_ids_idx",
    "tool_search_vendor_idx",
    "tool_slug_trgm_idx",
  ],
  extensions: ["pg_trgm"],
  functions: ["refresh_tool_search", "search_vendor_changed", "search_vendor_listed", "tool_search_parts_changed", "tool_search_tool_changed"],
  triggers: [
    "capability.capability_search_deleted",
    "capability.capability_search_inserted",
    "capability.capability_search_updated",
    "capability_tag.capability_tag_search_updated",
    "capability_tagging.capability_tagging_search_deleted",
    "capability_tagging.capability_tagging_search_inserted",
    "capability_tagging.capability_tagging_search_updated",
    "price_point.price_point_search_deleted",
    "price_point.price_point_search_inserted",
    "price_point.price_point_search_updated",
    "tool.tool_search_inserted",
    "tool.tool_search_updated",
    "tool_search.tool_search_vendor_inserted",
    "tool_search.tool_search_vendor_updated",
  ],
};

type Structure = Awaited<ReturnType<typeof describeStructure>>;

/** Splits a structure into the hand-written search objects and everything else. */
function withoutSearchObjects(structure: Structure) {
  const isTable = (name: string) => HAND_WRITTEN_SEARCH_OBJECTS.tables.includes(name);
  const isColumn = (row: { table_name: string; column_name: string }) => HAND_WRITTEN_SEARCH_OBJECTS.columns.includes(`${row.table_name}.${row.column_name}`);
  const isIndex = (row: { indexname: string }) => HAND_WRITTEN_SEARCH_OBJECTS.indexes.includes(row.indexname);
  const isExtension = (row: { extname: string }) => HAND_WRITTEN_SEARCH_OBJECTS.extensions.includes(row.extname);
  const isFunction = (row: { proname: string }) => HAND_WRITTEN_SEARCH_OBJECTS.functions.includes(row.proname);
  const isTrigger = (row: { trigger: string }) => HAND_WRITTEN_SEARCH_OBJECTS.triggers.includes(row.trigger);
  return {
    found: {
      tables: [...new Set(structure.columns.filter((row) => isTable(row.table_name)).map((row) => row.table_name))].sort(),
      columns: structure.columns.filter(isColumn).map((row) => `${row.table_name}.${row.column_name}`).sort(),
      indexes: structure.indexes.filter(isIndex).map((row) => row.indexname).sort(),
      extensions: structure.extensions.filter(isExtension).map((row) => row.extname).sort(),
      functions: structure.functions.filter(isFunction).map((row) => row.proname).sort(),
      triggers: structure.triggers.filter(isTrigger).map((row) => row.trigger).sort(),
    },
    rest: {
      ...structure,
      columns: structure.columns.filter((row) => !isColumn(row) && !isTable(row.table_name)),
      constraints: structure.constraints.filter((row) => !isTable(row.table_name)),
      indexes: structure.indexes.filter((row) => !isIndex(row)),
      extensions: structure.extensions.filter((row) => !isExtension(row)),
      functions: structure.functions.filter((row) => !isFunction(row)),
      triggers: structure.triggers.filter((row) => !isTrigger(row)),
    },
  };
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

  it("builds a database that matches schema.prisma, plus exactly the hand-written search objects", async () => {
    const expectedUrl = await fresh();
    const sql = await schemaDiffSql(null, await readSchema(), expectedUrl);
    await withAdmin(async () => {
      const client = new pg.Client({ connectionString: expectedUrl });
      await client.connect();
      await client.query(sql);
      await client.end();
    });
    const migrated = withoutSearchObjects(await describeStructure(migratedUrl));
    const expected = withoutSearchObjects(await describeStructure(expectedUrl));
    expect(migrated.found).toEqual(HAND_WRITTEN_SEARCH_OBJECTS);
    expect(expected.found).toEqual({ tables: [], columns: [], indexes: [], extensions: [], functions: [], triggers: [] });
    expect(migrated.rest).toEqual(expected.rest);
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
