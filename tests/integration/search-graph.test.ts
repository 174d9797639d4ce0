import { beforeAll, describe, expect, it } from "vitest";
import { alternativesFor } from "@/lib/matching/alternatives";
import { NEIGHBOURS_STORED } from "@/lib/matching/neighbours";
import { searchQuerySchema, type SearchQueryInput } from "@/lib/schemas/search";
import { findAlternatives, searchTools } from "@/lib/search/search";
import { FIXTURE_TAGS, fixtureTools } from "../fixtures/alternatives/catalogue";
import { createTools } from "../support/factories";
import { useTestDatabase } from "../support/test-database";

const ALL = 1000;
const search = (input: SearchQueryInput) => searchTools(searchQuerySchema.parse(input), ALL);

describe("searching the match graph", () => {
  const database = useTestDatabase("migrated");
  beforeAll(async () => {
    await createTools(database.prisma, fixtureTools(), FIXTURE_TAGS);
  });

  it("lists a tool's alternatives in the order of its tool page, with the link's strength as relevance", async () => {
    const alternatives = await findAlternatives("pinecone", 1, ALL);
    const neighbours = await alternativesFor("pinecone", NEIGHBOURS_STORED);
    expect(alternatives.mode).toBe("like");
    expect(alternatives.origins.map((tool) => tool.slug)).toEqual(["pinecone"]);
    expect(alternatives.hits.map((hit) => hit.slug)).toEqual(neighbours.map((tool) => tool.slug));
    expect(alternatives.hits.map((hit) => hit.relevance)).toEqual(neighbours.map((tool) => tool.strength));
    for (const [index, hit] of alternatives.hits.entries()) {
      expect(hit.sharedTags.map((tag) => tag.slug).sort()).toEqual(neighbours[index]!.sharedTags.map((tag) => tag.slug).sort());
    }
  });

  it("starts from several tools without listing the tools themselves", async () => {
    const results = await search({ from: "whisper,elevenlabs" });
    const slugs = results.hits.map((hit) => hit.slug);
    expect(slugs).not.toContain("whisper");
    expect(slugs).not.toContain("elevenlabs");
    expect(slugs.slice(0, 4)).toEqual(expect.arrayContaining(["coqui-xtts"]));
    expect(results.hits[0]!.reasons.map((reason) => reason.origin)).toEqual(results.origins.map((origin) => origin.name));
    expect(results.facets.kind.reduce((total, facet) => total + facet.count, 0)).toBe(results.total);
  });

  it("narrows the graph by text and by facets", async () => {
    const all = await search({ like: "pinecone" });
    const narrowed = await search({ like: "pinecone", q: "qdrant", kind: "repository" });
    expect(narrowed.hits.map((hit) => hit.slug)).toEqual(["qdrant"]);
    expect(narrowed.total).toBeLessThan(all.total);
  });

  it("reports origins that name no published tool", async () => {
    const unknown = await search({ like: "no-such-tool" });
    expect(unknown).toMatchObject({ total: 0, unknownSlugs: ["no-such-tool"], origins: [] });
    const partly = await search({ from: "whisper,no-such-tool" });
    expect(partly.unknownSlugs).toEqual(["no-such-tool"]);
    expect(partly.total).toBe((await search({ like: "whisper" })).total);
  });
});
