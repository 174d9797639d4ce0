import { beforeAll, describe, expect, it } from "vitest";
import { presentTool } from "@/lib/api/present";
import { getKindStanding, getScoreHistory, getToolDetail, getTopTools, listTools } from "@/lib/catalog/queries";
import { catalogueQuerySchema } from "@/lib/schemas/catalogue-query";
import { METHOD_VERSION } from "@/lib/scoring/method";
import { recomputeScores } from "@/lib/scoring/recompute";
import { buildSignal, buildSource, buildTool, createTools } from "../support/factories";
import { useTestDatabase } from "../support/test-database";

// A small catalogue of its own (never the seeds): three models, a library, a retired model.
const full = buildTool({ kind: "model", signals: [buildSignal({ kind: "github_stars", value: 50_000 }), buildSignal({ kind: "arena_elo", value: 1300 }), buildSignal({ kind: "sdk_languages", value: 4 })] }, ["chat", "code"]);
const partial = buildTool({ kind: "model", signals: [buildSignal({ kind: "arena_elo", value: 1200 }), buildSignal({ kind: "github_stars", value: 10 })] }, ["chat", "code"]);
const bare = buildTool({ kind: "model" }, ["chat"]);
const library = buildTool({ kind: "library", category: "ml-library", signals: [buildSignal({ kind: "github_stars", value: 100 }), buildSignal({ kind: "github_forks", value: 10 })] }, ["code"]);
const retired = buildTool({
  kind: "model",
  status: { value: "retired", date: "2026-10-01", source: buildSource() },
  signals: [buildSignal({ kind: "arena_elo", value: 1400 }), buildSignal({ kind: "github_stars", value: 90_000 }), buildSignal({ kind: "github_forks", value: 900 })],
}, ["chat"]);
const ALL = [full, partial, bare, library, retired];

describe("Rank snapshots and method versions", () => {
  const database = useTestDatabase("migrated");
  beforeAll(async () => {
    await createTools(database.prisma, ALL);
  });

  it("stores no evidence as null with the signal counts, and the API says null", async () => {
    const tool = (await getToolDetail(bare.slug))!;
    expect(tool.scores).toMatchObject({ adoption: null, quality: null, ecosystem: null, freshness: null, coverage: 1, provisional: true, methodVersion: METHOD_VERSION });
    expect(tool.scores!.signals).toEqual({ adoption: 0, quality: 0, ecosystem: 0, matchGraph: 1, freshness: 0 });
    const api = presentTool(tool);
    expect(api.scores).toMatchObject({ adoption: null, quality: null, ecosystem: null, signalCounts: { adoption: 0, quality: 0, ecosystem: 0, matchGraph: 1, freshness: 0 } });
    const rows = await database.prisma.$queryRaw<{ adoption: number | null }[]>`SELECT adoption FROM score_snapshot s JOIN tool t ON t.id = s.tool_id WHERE t.slug = ${bare.slug}`;
    expect(rows).toEqual([{ adoption: null }]);
  });

  it("ranks from the dimensions with evidence, with coverage, band and provisional flag", async () => {
    const settled = (await getToolDetail(full.slug))!;
    expect(settled.scores!.coverage).toBe(5);
    expect(settled.provisional).toBe(false);
    expect(settled.scores!.rankLow!).toBeLessThanOrEqual(settled.rank!);
    expect(settled.scores!.rankHigh!).toBeGreaterThanOrEqual(settled.rank!);
    const thin = (await getToolDetail(partial.slug))!;
    expect(thin.scores!.ecosystem).toBeNull();
    expect(thin.scores!.coverage).toBe(4);
    expect(thin.provisional).toBe(false);
    expect((await getToolDetail(bare.slug))!.provisional).toBe(true);
  });

  it("gives a retired tool no current Rank and leaves provisional ones out of Top tools and Rank order", async () => {
    expect((await getToolDetail(retired.slug))!.rank).toBeNull();
    const top = await getTopTools(10);
    expect(top.map((tool) => tool.slug)).not.toContain(bare.slug);
    expect(top.map((tool) => tool.slug)).not.toContain(retired.slug);
    const byRank = (await listTools(catalogueQuerySchema.parse({ status: "all" }))).items.map((tool) => tool.slug);
    expect(byRank.indexOf(bare.slug)).toBeGreaterThan(byRank.indexOf(partial.slug));
    expect(byRank.at(-1)).toBe(retired.slug);
  });

  it("compares like with like: the best library and the best model each reach 100, and the tool page gets its place in its kind", async () => {
    expect((await getToolDetail(library.slug))!.scores!.adoption).toBe(100);
    expect((await getToolDetail(retired.slug))!.scores!.adoption).toBe(100);
    expect((await getToolDetail(full.slug))!.scores!.adoption).toBeLessThan(100);
    expect(await getKindStanding(library.slug)).toEqual({ kind: "library", position: 1, total: 1 });
    const standing = (await getKindStanding(partial.slug))!;
    expect(standing.total).toBe(2);
    expect(standing.position).toBe((await getToolDetail(partial.slug))!.rank! > (await getToolDetail(full.slug))!.rank! ? 1 : 2);
    expect((await getKindStanding(bare.slug))!.position).toBeNull();
  });

  it("a new method version gives every tool a new snapshot and keeps the old ones as they were", async () => {
    // As if the snapshots so far had been computed by an earlier method.
    await database.prisma.scoreSnapshot.updateMany({ data: { methodVersion: "2000-01.1" } });
    const before = await database.prisma.scoreSnapshot.findMany({ orderBy: { id: "asc" } });
    const written = await recomputeScores(database.prisma, "when-changed");
    expect(written.sort()).toEqual(ALL.map((tool) => tool.slug).sort());
    const after = await database.prisma.scoreSnapshot.findMany({ orderBy: { id: "asc" } });
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).every((row) => row.methodVersion === METHOD_VERSION)).toBe(true);
    expect(await recomputeScores(database.prisma, "when-changed")).toEqual([]);
    const history = await getScoreHistory(retired.slug);
    expect(history.map((entry) => entry.methodVersion)).toEqual([METHOD_VERSION, "2000-01.1"]);
  });
});
