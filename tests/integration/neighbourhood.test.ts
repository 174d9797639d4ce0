import { beforeAll, describe, expect, it } from "vitest";
import { BETWEEN_LINK_MIN_STRENGTH, BETWEEN_LINKS_MAX } from "@/lib/graph/edges";
import { groupByJob, layOut } from "@/lib/graph/layout";
import { loadNeighbourhood, NEIGHBOURHOOD_SIZE } from "@/lib/graph/neighbourhood";
import { alternativesFor } from "@/lib/matching/alternatives";
import { FIXTURE_TAGS, fixtureTools } from "../fixtures/alternatives/catalogue";
import { createTools } from "../support/factories";
import { useTestDatabase } from "../support/test-database";

const CENTRE = "ollama";

describe("a tool's neighbourhood in the match graph", () => {
  const database = useTestDatabase("migrated");
  beforeAll(async () => {
    await createTools(database.prisma, fixtureTools(), FIXTURE_TAGS);
  });

  it("holds the tool and its alternatives, strongest first, and only the strongest links among them", async () => {
    const graph = (await loadNeighbourhood(CENTRE))!;
    const neighbours = await alternativesFor(CENTRE, NEIGHBOURHOOD_SIZE);
    expect(graph.centre).toMatchObject({ slug: CENTRE, isCentre: true, category: "local-runner" });
    expect(graph.nodes.map((node) => node.slug)).toEqual([CENTRE, ...neighbours.map((n) => n.slug)]);
    const between = graph.edges.filter((edge) => edge.source !== CENTRE && edge.target !== CENTRE);
    expect(between.length).toBeLessThanOrEqual(BETWEEN_LINKS_MAX);
    expect(between.every((edge) => edge.strength >= BETWEEN_LINK_MIN_STRENGTH)).toBe(true);
    for (const neighbour of neighbours) {
      const spoke = graph.edges.find((edge) => [edge.source, edge.target].sort().join() === [CENTRE, neighbour.slug].sort().join());
      expect(spoke).toMatchObject({ strength: neighbour.strength, reason: neighbour.reason });
    }
  });

  it("groups the map by job; the list follows the map's order", async () => {
    const graph = (await loadNeighbourhood(CENTRE))!;
    const groups = groupByJob(graph);
    const map = layOut(graph);
    expect(groups.map((group) => group.category)[0]).toBe("local-runner");
    expect(new Set(groups.map((group) => group.category)).size).toBe(groups.length);
    for (const group of groups) expect(group.nodes.map((n) => n.strength)).toEqual([...group.nodes.map((n) => n.strength)].sort((a, b) => b - a));
    expect(map.nodes.slice(1).map((node) => node.slug)).toEqual(groups.flatMap((group) => group.nodes.map((node) => node.slug)));
    expect(map.labels.map((label) => label.label)).toEqual(groups.map((group) => group.label));
  });

  it("draws links to retired tools as such", async () => {
    const graph = (await loadNeighbourhood("claude-2"))!;
    const map = layOut(graph);
    expect(map.edges.filter((edge) => edge.source === "claude-2" || edge.target === "claude-2").every((edge) => edge.retired)).toBe(true);
    expect(map.edges.some((edge) => edge.source !== "claude-2" && edge.target !== "claude-2" && !edge.retired)).toBe(true);
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
