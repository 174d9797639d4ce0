// Writes a new migration from the change to prisma/schema.prisma.
// Usage: npm run db:migration -- <name> [--from <old schema file>]
// Without --from the previous schema is the one committed at HEAD (empty if none).
import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { MIGRATIONS_DIR } from "@/lib/db/migrate";
import { readSchema, schemaDiffSql } from "@/lib/db/schema-sql";
import { serverEnv } from "@/lib/env";

function committedSchema(): string | null {
  try {
    return execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return null;
  }
}

const [name, flag, fromFile] = process.argv.slice(2);
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <snake_case_name> [--from <old schema file>]");
  process.exit(2);
}
const from = flag === "--from" && fromFile ? await readFile(fromFile, "utf8") : committedSchema();
const sql = await schemaDiffSql(from, await readSchema(), serverEnv().DATABASE_URL);
if (!sql.trim()) {
  console.log("schema.prisma has not changed: no migration written");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, "migration.sql"), sql);
console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
