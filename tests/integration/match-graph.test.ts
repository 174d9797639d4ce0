import { beforeAll, describe, expect, it } from "vitest";
import { loadNeighbourhood, NEIGHBOURHOOD_SIZE } from "@/lib/graph/neighbourhood";
import { alternativesFor, closestNeighbourPairs } from "@/lib/matching/alternatives";
import { loadLinkTools, loadTagNames } from "@/lib/matching/load";
import { computeNeighbours, matchGraphStrengths, NEIGHBOURS_STORED } from "@/lib/matching/neighbours";
import { refreshNeighbours } from "@/lib/matching/refresh-neighbours";
import { graphStats, matchStrength, roundStrength } from "@/lib/matching/strength";
import { computeCatalogueScores } from "@/lib/scoring/rank";
import { today } from "@/lib/dates";
import { searchQuerySchema } from "@/lib/schemas/search";
import { searchTools } from "@/lib/search/search";
import { FIXTURE_TAGS, fixtureTools } from "../fixtures/alternatives/catalogue";
import { createTools } from "../support/factories";
import { useTestDatabase } from "../support/test-database";

const ALL = 1000;

// One match-graph rule: the neighbour table, alternatives, the graph page,
// search's like=/from= and the Match Graph sub-score all agree with
// computeNeighbours / matchStrength over the same catalogue.
describe("the match graph in the database", () => {
  const database = useTestDatabase("migrated");
  beforeAll(async () => {
    await createTools(database.prisma, fixtureTools(), FIXTURE_TAGS);
  });

  it("stores every tool's closest tools as computeNeighbours computes them", async () => {
    const tools = await loadLinkTools(database.prisma);
    const expected = computeNeighbours(tools, { tagNames: await loadTagNames(database.prisma) });
    for (const tool of tools) {
      const stored = await alternativesFor(tool.slug, NEIGHBOURS_STORED);
      const want = expected.get(tool.id)!;
      expect(stored.map((alternative) => alternative.slug), tool.slug).toEqual(want.map((neighbour) => neighbour.slug));
      expect(stored.map((alternative) => [alternative.strength, alternative.reason, alternative.sharedTags.map((tag) => tag.slug)])).toEqual(want.map((n) => [n.strength, n.reason, n.sharedTags]));
    }
  });

  it("orders alternatives by matchStrength, strongest first, and says why", async () => {
    const tools = await loadLinkTools(database.prisma);
    const stats = graphStats(tools);
    const pinecone = tools.find((tool) => tool.slug === "pinecone")!;
    const alternatives = await alternativesFor("pinecone", 10);
    expect(alternatives.slice(0, 3).every((alternative) => alternative.category === "vector-database")).toBe(true);
    for (const alternative of alternatives) {
      const other = tools.find((tool) => tool.slug === alternative.slug)!;
      expect(alternative.strength).toBe(roundStrength(matchStrength(pinecone, other, stats)));
      expect(alternative.weight).toBe(alternative.sharedTags.length);
    }
    expect(alternatives.map((a) => a.strength)).toEqual([...alternatives.map((a) => a.strength)].sort((a, b) => b - a));
    expect(alternatives[0]!.reason).toMatch(/^both are vector databases/);
  });

  it("search like= lists the same alternatives in the same order, with the same reasons; from= sums the links", async () => {
    const like = await searchTools(searchQuerySchema.parse({ like: "whisper" }), ALL);
    const alternatives = await alternativesFor("whisper", NEIGHBOURS_STORED);
    // The same order, strongest first; tools of equal strength may come in either order (search breaks ties by Rank).
    const byStrength = <T>(list: T[], strength: (item: T) => number, slug: (item: T) => string) =>
      [...list].sort((a, b) => strength(b) - strength(a) || slug(a).localeCompare(slug(b)));
    const hits = byStrength(like.hits, (hit) => hit.relevance, (hit) => hit.slug);
    expect(like.hits.map((hit) => hit.relevance)).toEqual(alternatives.map((a) => a.strength));
    expect(hits.map((hit) => hit.slug)).toEqual(alternatives.map((a) => a.slug));
    expect(hits.map((hit) => hit.reasons[0]?.reason)).toEqual(alternatives.map((a) => a.reason));

    const from = await searchTools(searchQuerySchema.parse({ from: "qdrant,langchain" }), ALL);
    const [qdrant, langchain] = await Promise.all([alternativesFor("qdrant", NEIGHBOURS_STORED), alternativesFor("langchain", NEIGHBOURS_STORED)]);
    const sum = new Map<string, number>();
    for (const link of [...qdrant, ...langchain]) if (link.slug !== "qdrant" && link.slug !== "langchain") sum.set(link.slug, (sum.get(link.slug) ?? 0) + link.strength);
    expect(new Set(from.hits.map((hit) => hit.slug))).toEqual(new Set(sum.keys()));
    for (const hit of from.hits) expect(hit.relevance, hit.slug).toBeCloseTo(sum.get(hit.slug)!, 9);
  });

  it("the graph page's centre links are the alternatives; links among the others use matchStrength", async () => {
    const graph = (await loadNeighbourhood("comfyui"))!;
    const alternatives = await alternativesFor("comfyui", NEIGHBOURHOOD_SIZE);
    expect(graph.nodes.map((node) => node.slug)).toEqual(["comfyui", ...alternatives.map((a) => a.slug)]);
    const tools = await loadLinkTools(database.prisma);
    const stats = graphStats(tools);
    const bySlug = new Map(tools.map((tool) => [tool.slug, tool]));
    for (const edge of graph.edges) {
      expect(edge.strength, `${edge.source}~${edge.target}`).toBe(roundStrength(matchStrength(bySlug.get(edge.source)!, bySlug.get(edge.target)!, stats)));
    }
    expect(graph.nodes.find((node) => node.slug === "automatic1111")).toBeDefined();
  });

  it("feeds the Match Graph sub-score from the same links", async () => {
    const tools = await loadLinkTools(database.prisma);
    const strengths = matchGraphStrengths(tools);
    // Sub-scores compare a tool with its kind (the Rank method): the stored one is what the rule's strengths give.
    const scores = computeCatalogueScores(tools.map((tool) => ({ ...tool, signals: [] })), today());
    const stored = new Map<number, number | null>();
    for (const tool of tools) {
      const snapshot = await database.prisma.scoreSnapshot.findFirstOrThrow({ where: { toolId: tool.id }, orderBy: { computedAt: "desc" } });
      expect(snapshot.matchGraph, tool.slug).toBe(scores.get(tool.id)!.matchGraph);
      stored.set(tool.id, snapshot.matchGraph);
    }
    // Within a kind, a stronger-linked tool never has a lower Match Graph.
    for (const a of tools) {
      for (const b of tools) {
        if (a.kind === b.kind && a.tags.length && b.tags.length && strengths.get(a.id)! > strengths.get(b.id)!) {
          expect(stored.get(a.id)!, `${a.slug} vs ${b.slug}`).toBeGreaterThanOrEqual(stored.get(b.id)!);
        }
      }
    }
  });

  it("marks links to retired tools: they count at the lifecycle factor", async () => {
    const alternatives = await alternativesFor("claude-sonnet", NEIGHBOURS_STORED);
    const retired = alternatives.find((alternative) => alternative.slug === "claude-2");
    expect(retired?.status).toBe("retired");
    expect(alternatives.indexOf(retired!)).toBeGreaterThan(2);
  });

  it("a second refresh rewrites nothing; an edit rewrites exactly the lists it changes", async () => {
    expect((await refreshNeighbours(database.prisma)).changed).toEqual([]);
    const tools = await loadLinkTools(database.prisma);
    const lists = async () => new Map(await Promise.all(tools.map(async (tool) => [tool.slug, JSON.stringify(await alternativesFor(tool.slug, NEIGHBOURS_STORED))] as const)));
    const before = await lists();
    const tag = await database.prisma.capabilityTag.findUniqueOrThrow({ where: { slug: "llm-tracing" } });
    const deepeval = await database.prisma.capability.findFirstOrThrow({ where: { tool: { slug: "deepeval" } } });
    await database.prisma.capabilityTagging.create({ data: { capabilityId: deepeval.id, tagId: tag.id } });
    const { changed } = await refreshNeighbours(database.prisma);
    const after = await lists();
    const differ = tools.map((tool) => tool.slug).filter((slug) => before.get(slug) !== after.get(slug));
    expect(changed.sort()).toEqual(differ.sort());
    expect(changed).toContain("deepeval");
    expect(changed).not.toContain("whisper");
    expect((await alternativesFor("deepeval", 3)).some((alternative) => alternative.reason.includes("LLM tracing"))).toBe(true);
  });

  it("reads every tool's closest tools for the sitemap in one query, as alternativesFor lists them", async () => {
    const pairs = await closestNeighbourPairs(3);
    const published = await database.prisma.tool.findMany({ where: { published: true }, select: { slug: true } });
    for (const { slug } of published) {
      const expected = (await alternativesFor(slug, 3)).map((alternative) => alternative.slug);
      expect(pairs.filter((pair) => pair.tool === slug).map((pair) => pair.neighbour), slug).toEqual(expected);
    }
    expect(pairs.length).toBeGreaterThan(published.length);
  });
});
