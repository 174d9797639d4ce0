import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getMostViewedComparisons } from "@/lib/catalog/queries";
import { createPrismaClient, setDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readMatchCounts } from "@/lib/matching/counts";
import { comparisonKey, recordComparisonView } from "@/lib/matching/record-view";
import { useTestDatabase } from "../support/test-database";

const A = "gemini-2-0-flash-lite";
const B = "dreambooth-stable-diffusion";
const C = "gpt-4o";
const D = "claude-sonnet-4";

// Overlapping sets in different orders: the worst case for lost updates and deadlocks.
const SETS = [[A, B], [B, A], [B, C], [A, B, C], [C, A, D, B], [D, C]];
const VIEWS_PER_SET = 60;

describe("times matched", () => {
  const database = useTestDatabase("seeded");
  const servers: PrismaClient[] = [];

  beforeAll(() => {
    // Two pools of 12 connections: like two server processes counting at once.
    servers.push(createPrismaClient(database.url, 12), createPrismaClient(database.url, 12));
  });
  afterAll(async () => {
    setDb(database.prisma);
    await Promise.all(servers.map((server) => server.$disconnect()));
  });

  it("counts every view exactly once when hundreds arrive at once", async () => {
    const before = await readMatchCounts([A, B, C, D]);
    const views = SETS.flatMap((set) => Array.from({ length: VIEWS_PER_SET }, () => set));
    // Interleave the two "servers": each view goes through one of them.
    await Promise.all(
      views.map((set, index) => {
        setDb(servers[index % servers.length]!);
        return recordComparisonView(set);
      }),
    );
    setDb(database.prisma);

    const expected = (slug: string) => before[slug]! + SETS.filter((set) => set.includes(slug)).length * VIEWS_PER_SET;
    expect(await readMatchCounts([A, B, C, D])).toEqual({ [A]: expected(A), [B]: expected(B), [C]: expected(C), [D]: expected(D) });

    const rows = await database.prisma.comparisonView.findMany({ orderBy: { pairKey: "asc" } });
    expect(rows.map((row) => [row.pairKey, row.views])).toEqual(
      [
        [comparisonKey([A, B]), 2 * VIEWS_PER_SET],
        [comparisonKey([B, C]), VIEWS_PER_SET],
        [comparisonKey([A, B, C]), VIEWS_PER_SET],
        [comparisonKey([A, B, C, D]), VIEWS_PER_SET],
        [comparisonKey([C, D]), VIEWS_PER_SET],
      ].sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
    expect(rows.every((row) => row.slugs.join(",") === row.pairKey)).toBe(true);
  });

  it("feeds the home page's most-viewed comparisons", async () => {
    await recordComparisonView([D, C]);
    const top = await getMostViewedComparisons(3);
    expect(top[0]).toMatchObject({ slugs: [B, A].sort(), views: 2 * VIEWS_PER_SET });
    expect(top[1]).toMatchObject({ slugs: [C, D].sort(), views: VIEWS_PER_SET + 1 });
  });

  it("leaves unpublished tools and the tools' version alone", async () => {
    const before = await database.prisma.tool.findUniqueOrThrow({ where: { slug: A } });
    const hidden = await database.prisma.tool.update({ where: { slug: D }, data: { published: false } });
    try {
      await recordComparisonView([A, D]);
      expect(await readMatchCounts([A, D])).toEqual({ [A]: before.timesMatched + 1 });
      expect((await database.prisma.tool.findUniqueOrThrow({ where: { slug: D } })).timesMatched).toBe(hidden.timesMatched);
    } finally {
      await database.prisma.tool.update({ where: { slug: D }, data: { published: true } });
    }
    const after = await database.prisma.tool.findUniqueOrThrow({ where: { slug: A } });
    expect(after.version).toBe(before.version);
    expect(after.updatedAt).toEqual(before.updatedAt);
  });
});
