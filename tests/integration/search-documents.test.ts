import { beforeAll, describe, expect, it } from "vitest";
import { searchQuerySchema, type SearchQueryInput } from "@/lib/schemas/search";
import { searchTools } from "@/lib/search/search";
import { buildTag, buildTool, createTools, uniqueSlug } from "../support/factories";
import { useTestDatabase } from "../support/test-database";

// A tool and a tag of the test's own, beside the seeded catalogue (whose documents must be in step too).
const OTHER_TAG = buildTag();
const TOOL = uniqueSlug("documents");
const slugsFor = async (input: SearchQueryInput) => (await searchTools(searchQuerySchema.parse(input), 1000)).hits.map((hit) => hit.slug);

// tool.tag_ids and tool.capability_vector are kept by triggers; these edits
// go through Prisma, as the admin and the seeds do.
describe("per-tool search documents", () => {
  const database = useTestDatabase("seeded");
  beforeAll(async () => {
    await createTools(database.prisma, [buildTool({ slug: TOOL })], [OTHER_TAG]);
  });

  async function expectInSync() {
    const stale = await database.prisma.$queryRaw<{ slug: string }[]>`
      SELECT t.slug FROM tool t
      WHERE t.tag_ids IS DISTINCT FROM coalesce((
              SELECT array_agg(DISTINCT ct.tag_id ORDER BY ct.tag_id) FROM capability c
              JOIN capability_tagging ct ON ct.capability_id = c.id WHERE c.tool_id = t.id), '{}')
         OR t.capability_vector IS DISTINCT FROM coalesce((
              SELECT setweight(to_tsvector('english', string_agg(c.title, ' ')), 'A') || setweight(to_tsvector('english', string_agg(c.description, ' ')), 'B') ||
                     setweight(to_tsvector('english', string_agg(c."unique", ' ')), 'C') || setweight(to_tsvector('english', string_agg(c.vs_alternatives, ' ')), 'D')
              FROM capability c WHERE c.tool_id = t.id), ''::tsvector)`;
    expect(stale).toEqual([]);
  }

  it("are in step with the seeded capabilities", expectInSync);

  it("follow capability text edits, new and deleted capabilities", async () => {
    const tool = await database.prisma.tool.findUniqueOrThrow({ where: { slug: TOOL }, include: { capabilities: { orderBy: { position: "asc" } } } });
    expect(await slugsFor({ q: "zebrafication" })).toEqual([]);
    await database.prisma.capability.update({ where: { id: tool.capabilities[0]!.id }, data: { description: "Handles zebrafication of audio." } });
    expect(await slugsFor({ q: "zebrafication" })).toEqual([TOOL]);

    const added = await database.prisma.capability.create({
      data: { toolId: tool.id, position: 99, title: "Quokkamatic mode", description: "d", unique: "u", vsAlternatives: "v", taggings: { create: [{ tag: { connect: { slug: OTHER_TAG.slug } } }] } },
    });
    expect(await slugsFor({ q: "quokkamatic" })).toEqual([TOOL]);
    expect(await slugsFor({ tag: [OTHER_TAG.slug] })).toContain(TOOL);
    await expectInSync();

    await database.prisma.capability.delete({ where: { id: added.id } });
    expect(await slugsFor({ q: "quokkamatic" })).toEqual([]);
    expect(await slugsFor({ tag: [OTHER_TAG.slug] })).not.toContain(TOOL);
    await expectInSync();
  });

  it("follow tagging changes and deleted tags", async () => {
    const capability = await database.prisma.capability.findFirstOrThrow({ where: { tool: { slug: TOOL } }, orderBy: { position: "asc" } });
    const tag = await database.prisma.capabilityTag.create({ data: { slug: "test-only-tag", name: "Test only", definition: "Used by a test." } });
    await database.prisma.capabilityTagging.create({ data: { capabilityId: capability.id, tagId: tag.id } });
    expect(await slugsFor({ tag: ["test-only-tag"] })).toEqual([TOOL]);
    await expectInSync();

    await database.prisma.capabilityTag.delete({ where: { id: tag.id } });
    expect(await slugsFor({ tag: ["test-only-tag"] })).toEqual([]);
    await expectInSync();
  });

  it("empty out when all of a tool's capabilities are deleted", async () => {
    await database.prisma.capability.deleteMany({ where: { tool: { slug: TOOL } } });
    await expectInSync();
    const tool = await database.prisma.tool.findUniqueOrThrow({ where: { slug: TOOL } });
    expect(await database.prisma.$queryRaw`SELECT tag_ids, capability_vector::text AS v FROM tool WHERE id = ${tool.id}`).toEqual([{ tag_ids: [], v: "" }]);
  });
});
