import type { PrismaClient } from "@/lib/generated/prisma/client";

const NAME_WORDS = ["Nimbus", "Quasar", "Vertex", "Lumen", "Atlas", "Cobalt", "Helix", "Orbit", "Prism", "Zephyr", "Falcon", "Sable", "Tundra", "Mosaic", "Pulse"];
const SEARCHED_TABLES = ["tool", "capability", "capability_tagging"];
const NAME_SUFFIXES = ["Studio", "Engine", "Forge", "Lab", "Stack", "Pilot", "Core", "Flow", "Kit", "Hub"];

/**
 * Adds `count` made-up tools to a database that already holds the seeded
 * catalogue, each with `capabilities` capabilities copied (text and tags)
 * from real ones, so the text statistics look like the real catalogue's.
 * Deterministic: the same arguments give the same rows. Returns the tool count.
 */
export async function addSyntheticTools(prisma: PrismaClient, count: number, capabilities = 10): Promise<number> {
  // Build the search documents once at the end rather than per statement or row.
  for (const table of SEARCHED_TABLES) await prisma.$executeRawUnsafe(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
  await prisma.$executeRawUnsafe(`DROP TABLE IF EXISTS synthetic_source`);
  await prisma.$executeRawUnsafe(`
    CREATE UNLOGGED TABLE synthetic_source AS
    SELECT row_number() OVER (ORDER BY c.id) AS k, c.id, c.title, c.description, c."unique", c.vs_alternatives
    FROM capability c`);
  await prisma.$executeRaw`
    INSERT INTO tool (slug, name, kind, category, vendor, summary, website, pricing_model, free_tier, last_verified_at, rank, provisional, updated_at,
                      status, status_source_url, status_source_date, status_checked_at, status_evidence)
    SELECT 'synthetic-' || i,
           (${NAME_WORDS}::text[])[1 + i % ${NAME_WORDS.length}] || ' ' || (${NAME_SUFFIXES}::text[])[1 + (i / ${NAME_WORDS.length}) % ${NAME_SUFFIXES.length}] || ' ' || i,
           real.kind, real.category, real.vendor, real.summary, 'https://example.com/' || i, real.pricing_model, real.free_tier, real.last_verified_at,
           (i * 37) % 101, i % 4 = 0, now(), real.status, real.status_source_url, real.status_source_date, real.status_checked_at, real.status_evidence
    FROM generate_series(1, ${count}) AS i
    JOIN LATERAL (SELECT * FROM tool WHERE slug NOT LIKE 'synthetic-%' ORDER BY id OFFSET i % (SELECT count(*) FROM tool WHERE slug NOT LIKE 'synthetic-%') LIMIT 1) real ON true`;
  await prisma.$executeRaw`
    INSERT INTO capability (tool_id, position, title, description, "unique", vs_alternatives)
    SELECT t.id, p, s.title, s.description, s."unique", s.vs_alternatives
    FROM tool t CROSS JOIN generate_series(0, ${capabilities - 1}) AS p
    JOIN synthetic_source s ON s.k = 1 + (t.id * 7919 + p * 104729) % (SELECT count(*) FROM synthetic_source)
    WHERE t.slug LIKE 'synthetic-%' AND NOT EXISTS (SELECT 1 FROM capability mine WHERE mine.tool_id = t.id)`;
  await prisma.$executeRawUnsafe(`
    INSERT INTO capability_tagging (capability_id, tag_id)
    SELECT c.id, ct.tag_id FROM capability c
    JOIN tool t ON t.id = c.tool_id AND t.slug LIKE 'synthetic-%'
    JOIN synthetic_source s ON s.k = 1 + (t.id * 7919 + c.position * 104729) % (SELECT count(*) FROM synthetic_source)
    JOIN capability_tagging ct ON ct.capability_id = s.id
    ON CONFLICT DO NOTHING`);
  for (const table of SEARCHED_TABLES) await prisma.$executeRawUnsafe(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  // Index the new documents in bulk: GIN indexes collect entries in a pending
  // list while fastupdate is on, and VACUUM merges it in one pass.
  const gin = await prisma.$queryRaw<{ name: string }[]>`SELECT indexname AS name FROM pg_indexes WHERE tablename = 'tool_search' AND indexdef LIKE '%USING gin%'`;
  for (const { name } of gin) await prisma.$executeRawUnsafe(`ALTER INDEX "${name}" SET (fastupdate = on, gin_pending_list_limit = 65536)`);
  await prisma.$executeRawUnsafe(`SELECT refresh_tool_search(ARRAY(SELECT id FROM tool WHERE slug LIKE 'synthetic-%'))`);
  await prisma.$executeRawUnsafe(`VACUUM tool_search`);
  for (const { name } of gin) await prisma.$executeRawUnsafe(`ALTER INDEX "${name}" SET (fastupdate = off)`);
  await prisma.$executeRawUnsafe(`DROP TABLE synthetic_source`);
  // Flush the GIN indexes' pending lists and refresh statistics, as autovacuum would.
  await prisma.$executeRawUnsafe(`VACUUM ANALYZE`);
  const [{ total }] = await prisma.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total FROM tool`;
  return total;
}
