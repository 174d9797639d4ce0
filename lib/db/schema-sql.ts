import { readFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { SchemaEngine } from "@prisma/schema-engine-wasm";

export const SCHEMA_FILE = path.join(process.cwd(), "prisma", "schema.prisma");

type DiffSide = { tag: "empty" } | { tag: "schemaDatamodel"; files: { path: string; content: string }[] };

const side = (content: string | null): DiffSide =>
  content === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content }] };

/**
 * The SQL that takes a database from one Prisma schema to another, computed by
 * Prisma's own schema engine (WebAssembly build; its native CLI cannot be
 * downloaded here). `from` null means an empty database. The engine insists on
 * a reachable database to know the server's dialect; nothing is written to it.
 */
export async function schemaDiffSql(from: string | null, to: string, connectionString: string): Promise<string> {
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", to]] }, () => undefined, adapter);
  try {
    const result = await engine.diff({
      from: side(from),
      to: side(to),
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = result.stdout ?? "";
    return sql.trim() === "-- This is an empty migration." ? "" : sql;
  } finally {
    engine.free();
  }
}

export async function readSchema(file = SCHEMA_FILE): Promise<string> {
  return readFile(file, "utf8");
}
