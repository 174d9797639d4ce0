import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db/client";
import { describeError } from "@/lib/errors";
import type { FieldProblem } from "@/lib/http/problems";
import { isDraining } from "./lifecycle";

export type Readiness = { ready: true; migrations: number } | { ready: false; problems: FieldProblem[] };

const CHECK_TIMEOUT_MS = 2000;

let expected: Promise<string[]> | undefined;
/** The migrations this build ships (read once: they do not change while it runs). */
function shippedMigrations(): Promise<string[]> {
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");
  expected ??= readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true }).then((entries) => entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name));
  return expected;
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref());
}

/** Whether this process should get traffic: not shutting down, its database answering, every shipped migration applied. */
export async function checkReadiness(): Promise<Readiness> {
  if (isDraining()) return { ready: false, problems: [{ field: "server", message: "is shutting down" }] };
  try {
    const rows = await Promise.race([
      db().$queryRaw<{ name: string }[]>`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      timeout(CHECK_TIMEOUT_MS),
    ]);
    const applied = new Set(rows.map((row) => row.name));
    const pending = (await shippedMigrations()).filter((name) => !applied.has(name));
    if (pending.length > 0) return { ready: false, problems: [{ field: "migrations", message: `not applied yet: ${pending.join(", ")}` }] };
    return { ready: true, migrations: applied.size };
  } catch (error) {
    return { ready: false, problems: [{ field: "database", message: `cannot be reached: ${describeError(error)}` }] };
  }
}
