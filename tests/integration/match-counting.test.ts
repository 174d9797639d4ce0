import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getMostViewedComparisons } from "@/lib/catalog/queries";
import { createPrismaClient, setDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readMatchCounts } from "@/lib/matching/counts";
import { comparisonKey, recordComparisonView } from "@/lib/matching/record-view";
import { identifyVisitor } from "@/lib/matching/visitor";
import { buildTool, createTools } from "../support/factories";
import { useTestDatabase } from "../support/test-database";

/** Four tools of the test's own, so the counts never depend on the catalogue. */
const TOOLS = [buildTool(), buildTool(), buildTool(), buildTool()];

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36";

describe("times matched", () => {
  const database = useTestDatabase("migrated");
  const servers: PrismaClient[] = [];
  let slugs: string[];

  beforeAll(async () => {
    await createTools(database.prisma, TOOLS);
    // Two pools of 12 connections: like two server processes counting at once.
    servers.push(createPrismaClient(database.url, 12), createPrismaClient(database.url, 12));
    slugs = TOOLS.map((tool) => tool.slug).sort();
  });
  afterAll(async () => {
    setDb(database.prisma);
    await Promise.all(servers.map((server) => server.$disconnect()));
  });

  const views = async (pair: string[]) => (await database.prisma.comparisonView.findUnique({ where: { pairKey: comparisonKey(pair) } })) ?? { views: 0, reach: 0 };

  it("makes today's salt once and forgets earlier days' salts and visits", async () => {
    await database.prisma.$executeRaw`INSERT INTO visitor_salt (day, salt) VALUES (current_date - 1, 'old')`;
    await database.prisma.$executeRaw`INSERT INTO comparison_visit (day, pair_key, visitor) VALUES (current_date - 1, 'a,b', 'v')`;
    const first = await identifyVisitor("203.0.113.1", CHROME);
    expect(await identifyVisitor("203.0.113.1", CHROME)).toEqual(first);
    expect(first.visitor).not.toContain("203.0.113.1");
    expect((await identifyVisitor("203.0.113.1", "Firefox")).visitor).not.toBe(first.visitor);
    expect((await identifyVisitor("203.0.113.1", "Firefox")).address).toBe(first.address);
    expect(await database.prisma.visitorSalt.count()).toBe(1);
    expect(await database.prisma.comparisonVisit.count()).toBe(0);
  });

  it("counts 1,000 views from one client once", async () => {
    const pair = [slugs[0]!, slugs[1]!];
    const before = await readMatchCounts(pair);
    const visitor = await identifyVisitor("203.0.113.2", CHROME);
    const counted = await Promise.all(Array.from({ length: 1000 }, () => recordComparisonView(pair, visitor)));
    expect(counted.filter(Boolean)).toHaveLength(1);
    expect(await readMatchCounts(pair)).toEqual(Object.fromEntries(pair.map((slug) => [slug, before[slug]! + 1])));
    expect(await views(pair)).toMatchObject({ views: 1, reach: 1 });
  });

  it("counts 300 distinct visitors 300 times, and one address's user agents once for reach", async () => {
    const pair = [slugs[2]!, slugs[3]!];
    const before = await readMatchCounts(pair);
    const visitors = await Promise.all(Array.from({ length: 300 }, (_, index) => identifyVisitor(`198.51.100.${index % 250}`, `${CHROME} #${index}`)));
    await Promise.all(visitors.map((visitor, index) => {
      setDb(servers[index % servers.length]!); // interleave the two "servers"
      return recordComparisonView(pair, visitor);
    }));
    setDb(database.prisma);
    expect(await readMatchCounts(pair)).toEqual(Object.fromEntries(pair.map((slug) => [slug, before[slug]! + 300])));
    expect(await views(pair)).toMatchObject({ views: 300, reach: 250 });
  });

  it("loses no view when overlapping comparisons are counted at once", async () => {
    const [A, B, C, D] = slugs as [string, string, string, string];
    const sets = [[A, B, C], [C, B, A, D], [D, C], [B, D]];
    const before = await readMatchCounts(slugs);
    const work = sets.flatMap((set, setIndex) => Array.from({ length: 50 }, (_, index) => ({ set, address: `192.0.2.${index}`, agent: `agent ${setIndex}` })));
    await Promise.all(work.map(async ({ set, address, agent }, index) => {
      const visitor = await identifyVisitor(address, agent);
      setDb(servers[index % servers.length]!);
      return recordComparisonView(set, visitor);
    }));
    setDb(database.prisma);
    const expected = (slug: string) => before[slug]! + sets.filter((set) => set.includes(slug)).length * 50;
    expect(await readMatchCounts(slugs)).toEqual(Object.fromEntries(slugs.map((slug) => [slug, expected(slug)])));
  });

  it("ranks the home page's comparisons by reach, so one client's many user agents move nothing", async () => {
    const [A, , C, D] = slugs as [string, string, string, string];
    for (let agent = 0; agent < 120; agent++) await recordComparisonView([A, D], await identifyVisitor("203.0.113.9", `agent ${agent}`));
    expect(await views([A, D])).toMatchObject({ views: 120, reach: 1 });
    // [A, D] now has more views (120) than the comparisons read by 50 addresses, but the reach of one.
    const top = await getMostViewedComparisons(4);
    expect(top).toHaveLength(4);
    expect(top[0]!.slugs).toEqual([C, D].sort());
    expect(top.map((link) => link.slugs.join())).not.toContain([A, D].sort().join());
  });

  it("leaves unpublished tools and the tools' version alone", async () => {
    const [A, , , D] = slugs as [string, string, string, string];
    const before = await database.prisma.tool.findUniqueOrThrow({ where: { slug: A } });
    const hidden = await database.prisma.tool.update({ where: { slug: D }, data: { published: false } });
    try {
      await recordComparisonView([A, D], await identifyVisitor("203.0.113.10", CHROME));
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
