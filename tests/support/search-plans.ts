import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { poolOf } from "@/lib/db/client";
import { settingsScript, type StatementSettings } from "@/lib/search/statement";

export type PlanNode = {
  "Index Name"?: string;
  "Node Type"?: string;
  "Relation Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  Plans?: PlanNode[];
  [key: string]: unknown;
};

/** A value as SQL text, for EXECUTE, which takes no bind parameters. */
function literal(value: unknown, quote: (text: string) => string): string {
  if (value === null || value === undefined) return "NULL";
  if (Array.isArray(value)) return quote(`{${value.map((element) => `"${String(element).replace(/[\\"]/g, (char) => `\\${char}`)}"`).join(",")}}`);
  return quote(String(value));
}

/**
 * The plan a search statement runs with, run (EXPLAIN ANALYZE) under the
 * settings it runs with: for a statement planned once, the generic plan
 * (PREPARE, then EXECUTE with its values), else the plan for its values.
 */
export async function planAsRun(prisma: PrismaClient, statement: Prisma.Sql, settings: StatementSettings): Promise<PlanNode> {
  const connection = await poolOf(prisma).connect();
  let prepared = false;
  try {
    await connection.query(settingsScript(settings));
    let rows: { "QUERY PLAN": [{ Plan: PlanNode }] }[];
    if (settings.plannedPerValues) {
      rows = (await connection.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`, statement.values)).rows;
    } else {
      await connection.query(`PREPARE plan_as_run AS ${statement.text}`);
      prepared = true;
      const values = statement.values.map((value) => literal(value, (text) => connection.escapeLiteral(text)));
      rows = (await connection.query(`EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE plan_as_run(${values.join(", ")})`)).rows;
    }
    return rows[0]!["QUERY PLAN"][0].Plan;
  } finally {
    await connection.query("ROLLBACK");
    // Prepared statements outlive transactions; the search's own on this connection are left alone.
    if (prepared) await connection.query("DEALLOCATE plan_as_run");
    connection.release();
  }
}
