// The match graph at size: how long refreshing the neighbour table takes (in
// full, with nothing changed, after one edit incrementally and in full) and what a cache miss of
// alternatives, the graph page's data and a like= search costs, on the
// seeded catalogue plus synthetic tools, in a scratch database on the test
// server. Also times the rule it replaced (shared tags counted per request).
//
//   npx tsx bench/match-graph-scale.ts [--tools 10000] [--runs 60] [--keep]
import { parseArgs } from "node:util";
import { Prisma } from "@/lib/generated/prisma/client";
import { createPrismaClient, setDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { loadNeighbourhood } from "@/lib/graph/neighbourhood";
import { alternativesFor } from "@/lib/matching/alternatives";
import { loadLinkTools, loadPairReach } from "@/lib/matching/load";
import { matchGraphStrengths } from "@/lib/matching/neighbours";
import { refreshNeighbours } from "@/lib/matching/refresh-neighbours";
import { recomputeScores } from "@/lib/scoring/recompute";
import { searchQuerySchema } from "@/lib/schemas/search";
import { searchTools } from "@/lib/search/search";
import { seedDatabase } from "@/lib/seeds/seed-database";
import { databaseUrl, withAdmin } from "@/tests/support/databases";
import { addSyntheticTools } from "@/tests/support/synthetic-catalogue";

const { values: args } = parseArgs({ options: { tools: { type: "string", default: "10000" }, runs: { type: "string", default: "60" }, keep: { type: "boolean", default: false } } });
const DATABASE = "toolmatch_bench_match_graph";
const RUNS = Number(args.runs);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
async function time(label: string, slugs: string[], read: (slug: string) => Promise<unknown>) {
  const samples: number[] = [];
  for (const slug of slugs.slice(0, 3)) await read(slug);
  for (const slug of slugs) {
    const started = performance.now();
    await read(slug);
    samples.push(performance.now() - started);
  }
  const sorted = samples.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(44)} median ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms (${sorted.length} tools)`);
}

/** The rule this replaced: closest tools by number of shared tags, computed per request (lib/catalog/queries.ts before). */
async function sharedTagCountBefore(prisma: ReturnType<typeof createPrismaClient>, slug: string) {
  return prisma.$queryRaw(Prisma.sql`
    WITH me AS (SELECT id FROM tool WHERE slug = ${slug}),
    my_tags AS (SELECT DISTINCT ct.tag_id FROM capability c JOIN capability_tagging ct ON ct.capability_id = c.id WHERE c.tool_id = (SELECT id FROM me)),
    shared AS (SELECT DISTINCT c.tool_id, ct.tag_id FROM capability_tagging ct JOIN capability c ON c.id = ct.capability_id
               WHERE ct.tag_id IN (SELECT tag_id FROM my_tags) AND c.tool_id <> (SELECT id FROM me))
    SELECT t.slug, count(*) AS weight FROM shared JOIN tool t ON t.id = shared.tool_id AND t.published
    GROUP BY t.id ORDER BY weight DESC, t.rank DESC, t.name ASC LIMIT 6`);
}

async function refreshTimed(prisma: ReturnType<typeof createPrismaClient>, label: string, full = false) {
  const started = performance.now();
  const { changed, timings, recomputed } = await prisma.$transaction((tx) => refreshNeighbours(tx, { full }), { timeout: 600_000 });
  const ms = (value: number) => `${Math.round(value)} ms`;
  console.log(
    `  ${label.padEnd(52)} ${ms(performance.now() - started)} (load ${ms(timings.loadMs)}, compute ${ms(timings.computeMs)}, write ${ms(timings.writeMs)}), ${recomputed} lists computed, ${changed.length} rewritten`,
  );
}

/** One edit and its undo, each followed by an incremental refresh; with `full`, the edit once more followed by a full recompute (the rule before). */
async function editTimed(prisma: ReturnType<typeof createPrismaClient>, label: string, edit: () => Promise<unknown>, undo: () => Promise<unknown>, full = false) {
  await edit();
  await refreshTimed(prisma, `${label}: incremental`);
  await undo();
  await refreshTimed(prisma, "undone: incremental");
  if (!full) return;
  await edit();
  await refreshTimed(prisma, `${label}: full (before)`, true);
  await undo();
  await refreshTimed(prisma, "undone: incremental");
}

async function measure(prisma: ReturnType<typeof createPrismaClient>, title: string) {
  const tools = await prisma.tool.count();
  console.log(`\n${title}: ${tools} tools, ${await prisma.capability.count()} capabilities`);
  await prisma.$executeRawUnsafe("TRUNCATE tool_neighbour, tool_link_input, link_tag, link_pair_reach");
  await refreshTimed(prisma, "refresh from empty");
  await refreshTimed(prisma, "refresh, nothing changed");
  const capability = await prisma.capability.findFirstOrThrow({ where: { tool: { slug: "whisper" } }, orderBy: { id: "asc" } });
  const tag = await prisma.capabilityTag.findUniqueOrThrow({ where: { slug: "diffusion" } });
  const tagging = { capabilityId: capability.id, tagId: tag.id };
  await editTimed(prisma, "a tag added to one tool", () => prisma.capabilityTagging.create({ data: tagging }), () => prisma.capabilityTagging.delete({ where: { capabilityId_tagId: tagging } }), true);
  const job = (category: "llm" | "speech_to_text") => () => prisma.tool.update({ where: { slug: "whisper" }, data: { category } });
  await editTimed(prisma, "one tool's job changed", job("llm"), job("speech_to_text"));
  const started = performance.now();
  await recomputeScores(prisma, "when-changed");
  console.log(`  ${"recompute scores (first snapshots)".padEnd(52)} ${Math.round(performance.now() - started)} ms`);
  await prisma.capabilityTagging.create({ data: tagging });
  await prisma.$transaction((tx) => refreshNeighbours(tx), { timeout: 600_000 });
  const rescoring = performance.now();
  const rescored = await recomputeScores(prisma, "when-changed");
  console.log(`  ${"recompute scores after one edit (stored strengths)".padEnd(52)} ${Math.round(performance.now() - rescoring)} ms, ${rescored.length} new snapshots`);
  await prisma.capabilityTagging.delete({ where: { capabilityId_tagId: tagging } });
  await prisma.$transaction((tx) => refreshNeighbours(tx), { timeout: 600_000 });
  await recomputeScores(prisma, "when-changed");
  const strengthsBefore = performance.now();
  matchGraphStrengths(await loadLinkTools(prisma), await loadPairReach(prisma));
  console.log(`  ${"before: Match Graph input computed again".padEnd(52)} ${Math.round(performance.now() - strengthsBefore)} ms`);
  await prisma.$executeRawUnsafe("VACUUM ANALYZE");
  const slugs = (await prisma.$queryRaw<{ slug: string }[]>`SELECT slug FROM tool WHERE published ORDER BY md5(slug) LIMIT ${RUNS}`).map((row) => row.slug);
  await time("alternatives (API, tool page), uncached", slugs, (slug) => alternativesFor(slug, 6));
  await time("graph page data (neighbourhood), uncached", slugs, (slug) => loadNeighbourhood(slug));
  await time("search like=, uncached", slugs, (slug) => searchTools(searchQuerySchema.parse({ like: slug })));
  await time("before: shared-tag count per request", slugs, (slug) => sharedTagCountBefore(prisma, slug));
}

await withAdmin(async (admin) => {
  await admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${DATABASE}"`);
});
const url = databaseUrl(DATABASE);
await migrate(url);
const prisma = createPrismaClient(url, 10);
setDb(prisma);
try {
  await seedDatabase(prisma);
  await measure(prisma, "Seeded catalogue");
  await addSyntheticTools(prisma, Number(args.tools), 10);
  await measure(prisma, "Seeded + synthetic catalogue");
} finally {
  await prisma.$disconnect();
  if (!args.keep) await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`));
}
