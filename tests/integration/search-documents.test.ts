import { beforeAll, describe, expect, it } from "vitest";
import { searchQuerySchema, type SearchQueryInput } from "@/lib/schemas/search";
import { searchTools } from "@/lib/search/search";
import { buildTag, buildTool, createTools, uniqueSlug } from "../support/factories";
import { useTestDatabase } from "../support/test-database";

// A tool and a tag of the test's own, beside the seeded catalogue (whose documents must be in step too).
const OTHER_TAG = buildTag();
const TOOL = uniqueSlug("documents");
const slugsFor = async (input: SearchQueryInput) => (await searchTools(searchQuerySchema.parse(input), 1000)).hits.map((hit) => hit.slug);

// The tool_search documents are kept by triggers; these edits go through
// Prisma, as the admin, accepted proposals and the seeds do.
describe("per-tool search documents", () => {
  const database = useTestDatabase("seeded");
  beforeAll(async () => {
    await createTools(database.prisma, [buildTool({ slug: TOOL })], [OTHER_TAG]);
  });

  /** Rebuilding every document from scratch changes nothing: the triggers kept them in step. */
  async function expectInSync() {
    const documents = () => database.prisma.$queryRaw<unknown[]>`
      SELECT tool_id, published, status, kind, category, pricing, free_tier, rank, name, slug, vendor, tag_ids, start_amount::text AS start_amount,
             start_unit, start_currency, name_document::text AS name_document, document::text AS document
      FROM tool_search ORDER BY tool_id`;
    const kept = await documents();
    expect(kept.length).toBe(await database.prisma.tool.count());
    await database.prisma.$executeRaw`SELECT refresh_tool_search(ARRAY(SELECT id FROM tool))`;
    expect(await documents()).toEqual(kept);
    // Every vendor a document names is in the vendor list typos are looked up in.
    expect(await database.prisma.$queryRaw`SELECT DISTINCT vendor FROM tool_search WHERE vendor NOT IN (SELECT vendor FROM search_vendor)`).toEqual([]);
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
    expect(await database.prisma.$queryRaw`SELECT tag_ids FROM tool_search WHERE tool_id = ${tool.id}`).toEqual([{ tag_ids: [] }]);
  });

  it("follow the tool's own fields, its starting price and its Rank", async () => {
    const tool = await database.prisma.tool.findUniqueOrThrow({ where: { slug: TOOL } });
    expect(await slugsFor({ q: "wombatronik" })).toEqual([]);
    await database.prisma.tool.update({ where: { id: tool.id }, data: { name: "Okapiform Studio", vendor: "Wombatronic Industries", status: "retired", rank: 77 } });
    expect(await slugsFor({ q: "okapiform" })).toEqual([TOOL]);
    // A typo of the new vendor's name, found only by resembling it.
    expect(await slugsFor({ q: "wombatronik" })).toEqual([TOOL]);
    const price = await database.prisma.pricePoint.findFirstOrThrow({ where: { toolId: tool.id, isStarting: true } });
    await database.prisma.pricePoint.update({ where: { id: price.id }, data: { amount: "0.42" } });
    expect(await database.prisma.$queryRaw`SELECT status, rank, start_amount::float8 AS amount FROM tool_search WHERE tool_id = ${tool.id}`).toEqual([{ status: "retired", rank: 77, amount: 0.42 }]);
    await expectInSync();
    await database.prisma.tool.delete({ where: { id: tool.id } });
    expect(await database.prisma.$queryRaw`SELECT tool_id FROM tool_search WHERE tool_id = ${tool.id}`).toEqual([]);
  });
});
