import { describe, expect, it } from "vitest";
import { applyCatalogue } from "@/lib/seeds/apply";
import { exportCatalogue } from "@/lib/seeds/export";
import { canonicalTag, canonicalToolSeed } from "@/lib/seeds/canonical";
import { loadSeedCatalogue } from "@/lib/seeds/load";
import { seedDatabase } from "@/lib/seeds/seed-database";
import { useTestDatabase } from "../support/test-database";

describe("seeding", () => {
  const database = useTestDatabase("migrated");

  it("loads every seed file, then changes nothing on a second run", async () => {
    const { tools } = await loadSeedCatalogue();
    const first = await seedDatabase(database.prisma);
    expect(first.created).toHaveLength(tools.length);
    expect(first.snapshots).toHaveLength(tools.length);

    const before = await database.prisma.tool.findMany({ select: { slug: true, version: true, updatedAt: true }, orderBy: { slug: "asc" } });
    const snapshotsBefore = await database.prisma.scoreSnapshot.count();
    const second = await seedDatabase(database.prisma);
    expect(second).toMatchObject({ created: [], updated: [], tagsChanged: 0, snapshots: [] });
    expect(second.unchanged).toHaveLength(tools.length);
    const after = await database.prisma.tool.findMany({ select: { slug: true, version: true, updatedAt: true }, orderBy: { slug: "asc" } });
    expect(after).toEqual(before);
    expect(await database.prisma.scoreSnapshot.count()).toBe(snapshotsBefore);
  });

  it("stores exactly what the seed files say (export equals the files)", async () => {
    const { tags, tools } = await loadSeedCatalogue();
    const exported = await exportCatalogue(database.prisma);
    expect(exported.tools).toEqual([...tools].map(canonicalToolSeed).sort((a, b) => a.slug.localeCompare(b.slug)));
    expect(exported.tags).toEqual([...tags].map(canonicalTag).sort((a, b) => a.slug.localeCompare(b.slug)));
  });

  it("updates a changed tool in place and bumps its version", async () => {
    const { tags, tools } = await loadSeedCatalogue();
    const target = tools[0]!;
    const before = await database.prisma.tool.findUniqueOrThrow({ where: { slug: target.slug } });
    const result = await applyCatalogue(database.prisma, tags, [{ ...target, summary: `${target.summary} Changed.` }]);
    expect(result.updated).toEqual([target.slug]);
    const after = await database.prisma.tool.findUniqueOrThrow({ where: { slug: target.slug } });
    expect(after.summary).toBe(`${target.summary} Changed.`);
    expect(after.version).toBe(before.version + 1);
  });

  it("writes nothing when one tool refers to an unknown tag", async () => {
    const { tags, tools } = await loadSeedCatalogue();
    const [good, bad] = [tools[1]!, tools[2]!];
    const broken = { ...bad, capabilities: [{ ...bad.capabilities[0]!, tags: ["no-such-tag"] }] };
    const renamed = { ...good, name: `${good.name} (renamed)` };
    await expect(applyCatalogue(database.prisma, tags, [renamed, broken])).rejects.toThrow(/unknown capability tag "no-such-tag"/);
    expect((await database.prisma.tool.findUniqueOrThrow({ where: { slug: good.slug } })).name).toBe(good.name);
  });
});
