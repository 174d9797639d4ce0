import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadStoredStats } from "@/lib/matching/link-input";
import { loadLinkTools, loadPairReach, loadTagNames } from "@/lib/matching/load";
import { computeNeighbours } from "@/lib/matching/neighbours";
import { comparisonKey } from "@/lib/matching/pair-key";
import { refreshNeighbours, type NeighbourRefresh } from "@/lib/matching/refresh-neighbours";
import { graphStats } from "@/lib/matching/strength";
import type { ToolCategory, ToolKind } from "@/lib/schemas/enums";
import { buildTool, createTools } from "../support/factories";
import { useTestDatabase } from "../support/test-database";

// An incremental refresh after an edit leaves exactly the lists a full
// recompute gives: random edits (tags added and removed, jobs, kinds,
// statuses, publication, tag names, comparison reach) on a factory-built
// catalogue, each followed by an incremental refresh and a check against the
// rule computed over the whole catalogue. 110 tools, so a common tag's count
// (over 100) is rounded and an edit of it may move no weight.

const SEED = 20261201;
const TOOLS = 110;
const EDITS = 40;
const CATEGORIES: ToolCategory[] = ["llm", "chat-assistant", "vector-database", "embedding-model", "speech-to-text", "image-model"];
const KINDS: ToolKind[] = ["model", "api", "library", "repository"];
const TAGS = ["common", "mid-a", "mid-b", "mid-c", "rare-a", "rare-b", "rare-c", "rare-d", "rare-e", "rare-f"];

/** mulberry32: a small deterministic generator, so a failure replays. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

const random = generator(SEED);
/** Most tools carry "common"; each other tag a fifth of them; every tool at least one. */
function tagsOf(i: number): string[] {
  const tags = [...(i % 20 === 0 ? [] : ["common"]), ...TAGS.slice(1).filter(() => random.next() < 0.2)];
  return tags.length ? tags : [random.pick(TAGS.slice(1))];
}

async function storedLists(prisma: PrismaClient) {
  const rows = await prisma.toolNeighbour.findMany({ orderBy: [{ toolId: "asc" }, { position: "asc" }] });
  const lists = new Map<number, unknown[]>();
  for (const row of rows) lists.set(row.toolId, [...(lists.get(row.toolId) ?? []), [row.neighbourId, row.strength, row.sharedTags, row.reason]]);
  return lists;
}

async function fullRecompute(prisma: PrismaClient) {
  const tools = await loadLinkTools(prisma);
  const computed = computeNeighbours(tools, { tagNames: await loadTagNames(prisma), reach: await loadPairReach(prisma) });
  return new Map([...computed].filter(([, list]) => list.length).map(([id, list]) => [id, list.map((link) => [link.id, link.strength, link.sharedTags, link.reason])]));
}

/** An edit; one that can say so returns the most lists its refresh may compute again. */
type Edit = { name: string; apply: (prisma: PrismaClient) => Promise<unknown> };

function edits(slugs: readonly string[]): Edit[] {
  const tool = () => random.pick(slugs);
  const capabilityOf = (prisma: PrismaClient, slug: string) => prisma.capability.findFirstOrThrow({ where: { tool: { slug } }, orderBy: { id: "asc" } });
  return [
    {
      name: "tag added",
      apply: async (prisma) => {
        const [capability, tag] = [await capabilityOf(prisma, tool()), await prisma.capabilityTag.findUniqueOrThrow({ where: { slug: random.pick(TAGS) } })];
        await prisma.capabilityTagging.upsert({ where: { capabilityId_tagId: { capabilityId: capability.id, tagId: tag.id } }, create: { capabilityId: capability.id, tagId: tag.id }, update: {} });
      },
    },
    {
      name: "tag removed",
      apply: async (prisma) => {
        const taggings = await prisma.capabilityTagging.findMany({ where: { capability: { tool: { slug: tool() } } } });
        if (taggings.length) await prisma.capabilityTagging.delete({ where: { capabilityId_tagId: random.pick(taggings) } });
      },
    },
    { name: "job changed", apply: (prisma) => prisma.tool.update({ where: { slug: tool() }, data: { category: random.pick(CATEGORIES).replaceAll("-", "_") as never } }) },
    { name: "kind changed", apply: (prisma) => prisma.tool.update({ where: { slug: tool() }, data: { kind: random.pick(KINDS) } }) },
    { name: "status changed", apply: (prisma) => prisma.tool.update({ where: { slug: tool() }, data: { status: random.pick(["active", "deprecated", "retired"] as const) } }) },
    {
      name: "publication toggled",
      apply: async (prisma) => {
        const hidden = await prisma.tool.findMany({ where: { published: false } });
        // Stay between 101 and 110 published tools: the catalogue's rounded size (110) holds, so no edit needs a full recompute.
        if (hidden.length && (hidden.length >= 9 || random.next() < 0.5)) await prisma.tool.update({ where: { id: random.pick(hidden).id }, data: { published: true } });
        else await prisma.tool.update({ where: { slug: tool() }, data: { published: false } });
      },
    },
    {
      name: "tag renamed",
      apply: async (prisma) => {
        const slug = random.pick(TAGS);
        await prisma.capabilityTag.update({ where: { slug }, data: { name: `Renamed ${Math.floor(random.next() * 1e6)}` } });
        // A renamed tag changes reasons between its carriers only.
        return prisma.tool.count({ where: { published: true, capabilities: { some: { taggings: { some: { tag: { slug } } } } } } });
      },
    },
    {
      name: "compared together",
      apply: async (prisma) => {
        const pair = [tool(), tool()].sort();
        if (pair[0] === pair[1]) return;
        const reach = 1 + Math.floor(random.next() * 2000);
        await prisma.comparisonView.upsert({ where: { pairKey: comparisonKey(pair) }, create: { pairKey: comparisonKey(pair), slugs: pair, views: reach, reach }, update: { reach } });
        // A pair's reach moves that one link: only its two tools' lists.
        return 2;
      },
    },
  ];
}

describe("incremental neighbour refresh", () => {
  const database = useTestDatabase("migrated");
  let slugs: string[] = [];
  beforeAll(async () => {
    const tools = Array.from({ length: TOOLS }, (_, i) => buildTool({ kind: random.pick(KINDS), category: random.pick(CATEGORIES) }, tagsOf(i)));
    slugs = (await createTools(database.prisma, tools)).map((tool) => tool.slug);
  }, 120_000);

  it(`stores what a full recompute gives after each of ${EDITS} random edits, recomputing only some lists`, async () => {
    const prisma = database.prisma;
    expect(await storedLists(prisma)).toEqual(await fullRecompute(prisma));
    const kinds = edits(slugs);
    const results: (NeighbourRefresh & { edit: string })[] = [];
    for (let step = 0; step < EDITS; step += 1) {
      const edit = kinds[step % kinds.length]!;
      const bound = await edit.apply(prisma);
      const refresh = await refreshNeighbours(prisma);
      results.push({ ...refresh, edit: edit.name });
      if (typeof bound === "number") expect(refresh.recomputed, `lists computed after edit ${step} (${edit.name})`).toBeLessThanOrEqual(bound);
      expect(await storedLists(prisma), `after edit ${step} (${edit.name}), seed ${SEED}`).toEqual(await fullRecompute(prisma));
      // The graph page scores links among neighbours with the stored counts: they are the catalogue's.
      expect(await loadStoredStats(prisma)).toEqual(graphStats(await loadLinkTools(prisma)));
      expect((await refreshNeighbours(prisma, { full: true })).changed, `a full refresh after edit ${step} (${edit.name}) changes nothing`).toEqual([]);
    }
    expect(results.every((result) => !result.full)).toBe(true);
    expect(results.filter((result) => result.recomputed < TOOLS / 2).length).toBeGreaterThan(EDITS / 4);
  }, 180_000);

  it("recomputes every list when the catalogue's rounded size moves (110 → 111 tools rounds 110 → 120), or a tool is deleted", async () => {
    const prisma = database.prisma;
    await prisma.tool.updateMany({ data: { published: true } });
    await prisma.tool.update({ where: { slug: slugs[0]! }, data: { published: false } });
    expect((await refreshNeighbours(prisma)).full).toBe(false);
    await createTools(prisma, [buildTool({}, ["rare-a", "common"])]);
    expect(await prisma.tool.count({ where: { published: true } })).toBe(110);
    await prisma.tool.update({ where: { slug: slugs[0]! }, data: { published: true } });
    const refresh = await refreshNeighbours(prisma);
    expect(refresh.full).toBe(true);
    expect(refresh.recomputed).toBe(111);
    expect(await storedLists(prisma)).toEqual(await fullRecompute(prisma));
    // A deleted tool's rows in other lists go with it, so nothing says which lists held it: a full recompute.
    await prisma.tool.update({ where: { slug: slugs[1]! }, data: { published: false } });
    expect((await refreshNeighbours(prisma)).full).toBe(true);
    await prisma.tool.delete({ where: { slug: slugs[2]! } });
    expect((await refreshNeighbours(prisma)).full).toBe(true);
    expect(await storedLists(prisma)).toEqual(await fullRecompute(prisma));
  }, 60_000);
});
