import { createHash } from "node:crypto";
import type pg from "pg";
import { db, poolOf } from "@/lib/db/client";
import { retryOnDroppedConnection } from "@/lib/db/retry";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What a search statement needs its transaction set to, and how it is planned. */
export type StatementSettings = {
  /** pg_trgm.word_similarity_threshold, for statements with the trigram operators (`<%` reads it from the session). */
  threshold?: number;
  /**
   * Whether it matches words against the search documents. Then no
   * sequential scans: the planner prices `document @@ query` the same whether
   * a row is read or its index entry is, but reading means unpacking each
   * tool's long out-of-line document, while a bitmap from the GIN index never
   * does; with common words ("model") it would otherwise read every document.
   */
  matchesText: boolean;
  /**
   * Whether its plan should depend on its values (which tags a listing
   * filters by decides its plan): then it is planned for them each time.
   * Otherwise it is prepared once per connection and planned once,
   * generically: a search statement's plan is shaped by its limits, not by
   * the words, and planning one cost more than running it.
   */
  plannedPerValues?: boolean;
};

/**
 * The settings, local to the statement's transaction (so nothing leaks to the
 * next user of the connection, nor to other connections where a database
 * shares one session between them, as the embedded one does). Never JIT:
 * the disabled scans' notional cost would make PostgreSQL compile every
 * search (seconds) for statements that run in milliseconds.
 */
export function settingsScript({ threshold, matchesText, plannedPerValues = false }: StatementSettings): string {
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new Error(`Not a similarity threshold: ${threshold}`);
  return [
    "BEGIN",
    ...(threshold === undefined ? [] : [`SET LOCAL pg_trgm.word_similarity_threshold = ${threshold}`]),
    `SET LOCAL enable_seqscan = ${matchesText ? "off" : "on"}`,
    `SET LOCAL plan_cache_mode = ${plannedPerValues ? "force_custom_plan" : "force_generic_plan"}`,
    "SET LOCAL jit = off",
  ].join("; ");
}

/**
 * How many statements a connection keeps prepared. Each holds its generic
 * plan in the server's memory (about 1 MB for a text search), and the facets
 * combine into a few hundred statement texts; past this many, a statement
 * the connection has not prepared is planned for its values, as before.
 */
export const PREPARED_PER_CONNECTION = 16;

type Prepared = { number: number; names: Set<string> };
// On globalThis, like the pools (lib/db/client.ts): the server loads this module once per bundle
// layer, and two copies numbering the same pool's connections apart would give two connections
// one name on the embedded database, whose connections share one session.
const registry = globalThis as unknown as { toolmatchPrepared?: { connectionsSeen: number; on: WeakMap<pg.PoolClient, Prepared> } };
const prepared = (registry.toolmatchPrepared ??= { connectionsSeen: 0, on: new WeakMap() });

/**
 * The name a statement is prepared under on one connection (its text's hash,
 * after a number of the connection, since a database that shares one session
 * between connections, the embedded one, would otherwise hold two
 * connections' statements under one name), or none when the connection
 * already keeps PREPARED_PER_CONNECTION others.
 */
function preparedName(connection: pg.PoolClient, text: string): string | undefined {
  let mine = prepared.on.get(connection);
  if (!mine) prepared.on.set(connection, (mine = { number: ++prepared.connectionsSeen, names: new Set() }));
  const name = `search_${mine.number}_${createHash("sha1").update(text).digest("base64url")}`;
  if (!mine.names.has(name)) {
    if (mine.names.size >= PREPARED_PER_CONNECTION) return undefined;
    mine.names.add(name);
  }
  return name;
}

/** A checked-out connection that drops emits an error besides failing its query: the failed query is what reports it. */
const ignoreDroppedConnection = () => {};

async function runOnce<T>(statement: Prisma.Sql, settings: StatementSettings): Promise<T[]> {
  const connection = await poolOf(db()).connect();
  connection.on("error", ignoreDroppedConnection);
  let broken: Error | undefined;
  try {
    const { text, values } = statement;
    const name = settings.plannedPerValues ? undefined : preparedName(connection, text);
    await connection.query(settingsScript({ ...settings, plannedPerValues: name === undefined }));
    const result = await connection.query<T & pg.QueryResultRow>({ name, text, values });
    await connection.query("COMMIT");
    return result.rows;
  } catch (error) {
    broken = await connection.query("ROLLBACK").then(
      () => undefined,
      (rollbackFailed: Error) => rollbackFailed,
    );
    throw error;
  } finally {
    connection.off("error", ignoreDroppedConnection);
    // A connection that cannot even roll back is closed rather than given to the next query.
    connection.release(broken);
  }
}

/**
 * Runs one search statement (reads only): with settings, in three round trips
 * (the settings, the statement, the commit); without, a lookup planned for
 * its values, in one. Tried once more if the connection drops under it.
 */
export function runSearchStatement<T = unknown>(statement: Prisma.Sql, settings?: StatementSettings): Promise<T[]> {
  return retryOnDroppedConnection(async () => {
    if (settings) return runOnce<T>(statement, settings);
    const { rows } = await poolOf(db()).query<T & pg.QueryResultRow>(statement.text, statement.values);
    return rows;
  });
}
