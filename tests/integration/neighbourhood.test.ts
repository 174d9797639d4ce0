import { beforeAll, describe, expect, it } from "vitest";
import { alternativesFor } from "@/lib/matching/alternatives";
import { loadNeighbourhood, NEIGHBOURHOOD_SIZE } from "@/lib/graph/neighbourhood";
import { loadSeedCatalogue } from "@/lib/seeds/load";
import { useTestDatabase } from "../support/test-database";

const CENTRE = "dreambooth-stable-diffusion";

describe("a tool's neighbourhood in the match graph", () => {
  const database = useTestDatabase("seeded");
  let tagsOf: (slug: string) => Set<string>;
  beforeAll(async () => {
    const tools = new Map((await loadSeedCatalogue()).tools.map((tool) => [tool.slug, new Set(tool.capabilities.flatMap((c) => c.tags))]));
    tagsOf = (slug) => tools.get(slug)!;
  });

  it("holds the tool and its closest tools, closest first", async () => {
    const graph = (await loadNeighbourhood(CENTRE))!;
    const neighbours = await alternativesFor(CENTRE, NEIGHBOURHOOD_SIZE);
    expect(graph.centre).toMatchObject({ slug: CENTRE, isCentre: true });
    expect(graph.nodes.map((node) => node.slug)).toEqual([CENTRE, ...neighbours.map((n) => n.slug)]);
    expect(graph.nodes.filter((node) => node.isCentre)).toHaveLength(1);
  });

  it("links every pair that shares tags, weighted by how many, and no other pair", async () => {
    const graph = (await loadNeighbourhood(CENTRE))!;
    const slugs = graph.nodes.map((node) => node.slug);
    const expected = new Map<string, string[]>();
    for (const a of slugs) {
      for (const b of slugs) {
        if (a >= b) continue;
        const shared = [...tagsOf(a)].filter((tag) => tagsOf(b).has(tag)).sort();
        if (shared.length > 0) expected.set(`${a}~${b}`, shared);
      }
    }
    expect(graph.edges.length).toBe(expected.size);
    for (const edge of graph.edges) {
      const shared = expected.get(`${edge.source}~${edge.target}`);
      expect(shared, `${edge.source}~${edge.target}`).toBeDefined();
      expect(edge.weight).toBe(shared!.length);
      expect(edge.sharedTags.map((tag) => tag.slug).sort()).toEqual(shared);
    }
    // The centre's links agree with getNeighbours, which the tool page shows.
    for (const neighbour of await alternativesFor(CENTRE, NEIGHBOURHOOD_SIZE)) {
      const spoke = graph.edges.find((edge) => [edge.source, edge.target].sort().join() === [CENTRE, neighbour.slug].sort().join());
      expect(spoke?.weight).toBe(neighbour.weight);
    }
  });

  it("is null for unknown and unpublished tools, and leaves unpublished tools out", async () => {
    expect(await loadNeighbourhood("no-such-tool")).toBeNull();
    const graph = (await loadNeighbourhood(CENTRE))!;
    const hidden = graph.nodes[1]!.slug;
    await database.prisma.tool.update({ where: { slug: hidden }, data: { published: false } });
    try {
      expect(await loadNeighbourhood(hidden)).toBeNull();
      const without = (await loadNeighbourhood(CENTRE))!;
      expect(without.nodes.map((node) => node.slug)).not.toContain(hidden);
      expect(without.edges.some((edge) => edge.source === hidden || edge.target === hidden)).toBe(false);
    } finally {
      await database.prisma.tool.update({ where: { slug: hidden }, data: { published: true } });
    }
  });
});
