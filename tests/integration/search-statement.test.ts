import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, setDb } from "@/lib/db/client";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { PREPARED_PER_CONNECTION, runSearchStatement } from "@/lib/search/statement";
import { withAdmin } from "../support/databases";
import { useTestDatabase } from "../support/test-database";

type Settings = { threshold: string; seqscan: string; plans: string; jit: string };
const SETTINGS = Prisma.sql`SELECT current_setting('pg_trgm.word_similarity_threshold') AS threshold, current_setting('enable_seqscan') AS seqscan,
  current_setting('plan_cache_mode') AS plans, current_setting('jit') AS jit`;

const preparedStatements = () =>
  runSearchStatement<{ statement: string; generic: number; custom: number }>(
    Prisma.sql`SELECT statement, generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE statement LIKE '%marker_%'`,
  );

describe("search statements (lib/search/statement.ts)", () => {
  const database = useTestDatabase("migrated");
  // One connection, so what a statement leaves on its session is what the next one sees.
  let single: PrismaClient;
  beforeAll(() => {
    single = createPrismaClient(database.url, 1);
    setDb(single);
  });
  afterAll(() => single.$disconnect());

  it("runs with its settings, and leaves none of them to the next statement on the connection", async () => {
    const [during] = await runSearchStatement<Settings>(SETTINGS, { threshold: 0.4, matchesText: true });
    expect(during).toEqual({ threshold: "0.4", seqscan: "off", plans: "force_generic_plan", jit: "off" });
    const [listing] = await runSearchStatement<Settings>(SETTINGS, { threshold: 0.5, matchesText: false, plannedPerValues: true });
    expect(listing).toEqual({ threshold: "0.5", seqscan: "on", plans: "force_custom_plan", jit: "off" });
    const [after] = await runSearchStatement<Settings>(SETTINGS);
    expect(after).toMatchObject({ seqscan: "on", plans: "auto" });
    expect(after!.threshold).not.toMatch(/^0\.[45]$/);
  });

  it("prepares a statement planned once on each connection once, with one generic plan for any values", async () => {
    for (const word of ["model", "vector", "speech"]) {
      await runSearchStatement(Prisma.sql`SELECT 'marker_generic' AS marker, count(*) FROM tool_search WHERE name_document @@ plainto_tsquery('english', ${word})`, {
        matchesText: true,
      });
    }
    await runSearchStatement(Prisma.sql`SELECT 'marker_custom' AS marker, count(*) FROM tool_search WHERE slug = ${"x"}`, { matchesText: false, plannedPerValues: true });
    const prepared = await preparedStatements();
    expect(prepared).toHaveLength(1);
    expect(prepared[0]).toMatchObject({ generic: 3, custom: 0 });
    expect(prepared[0]!.statement).toContain("marker_generic");
  });

  it("keeps at most PREPARED_PER_CONNECTION statements prepared on a connection, and plans the rest for their values", async () => {
    const preparedCount = async () => (await runSearchStatement<{ n: number }>(Prisma.sql`SELECT count(*)::int AS n FROM pg_prepared_statements`))[0]!.n;
    const already = await preparedCount();
    for (let index = 0; index < PREPARED_PER_CONNECTION + 3; index++) {
      const [row] = await runSearchStatement<{ plans: string }>(
        // A different text each time (the marker is part of it, not a value): a statement of its own.
        Prisma.sql`SELECT ${Prisma.raw(`'marker_${index}'`)}::text AS marker, current_setting('plan_cache_mode') AS plans`,
        { matchesText: false },
      );
      expect(row!.plans).toBe(already + index < PREPARED_PER_CONNECTION ? "force_generic_plan" : "force_custom_plan");
    }
    expect(await preparedCount()).toBe(PREPARED_PER_CONNECTION);
  });

  it("tries a statement once more when its connection is killed under it", async () => {
    const running = runSearchStatement<{ done: number }>(Prisma.sql`SELECT 1 AS done FROM pg_sleep(0.5)`, { threshold: 0.4, matchesText: true });
    const sleeping = () => withAdmin((admin) => admin.query("SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND query LIKE '%pg_sleep(0.5)%' AND pid <> pg_backend_pid()", [database.name]));
    for (let waited = 0; (await sleeping()).rowCount === 0; waited += 20) {
      if (waited > 5000) throw new Error("the statement never started");
      await sleep(20);
    }
    await withAdmin((admin) => admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [database.name]));
    expect(await running).toEqual([{ done: 1 }]);
    // The new connection prepares the statement again rather than assuming the dead one's.
    expect(await runSearchStatement(Prisma.sql`SELECT 1 AS done FROM pg_sleep(0.5)`, { threshold: 0.4, matchesText: true })).toEqual([{ done: 1 }]);
  });
});
