import { beforeAll, describe, expect, it } from "vitest";
import * as proposalActions from "@/app/admin/proposals/actions";
import * as toolActions from "@/app/admin/tools/actions";
import { IDLE } from "@/lib/admin/form-state";
import { loadToolState } from "@/lib/admin/tools/tool-state";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { searchQuerySchema, type SearchQueryInput } from "@/lib/schemas/search";
import { searchTools } from "@/lib/search/search";
import { syncSources } from "@/lib/sources/sync";
import { form, profileFields, toolRef } from "../support/admin-forms";
import { signedInAs } from "../support/admin-session";
import { buildCapability, buildTool, createTools } from "../support/factories";
import { sourceCatalogue } from "../support/source-catalogue";
import { sourceFields } from "../support/sources";
import { genaiFixture, modelsDevFixture, SYNC_DAY } from "../support/source-fixtures";
import { useTestDatabase } from "../support/test-database";

const slugsFor = async (input: SearchQueryInput) => (await searchTools(searchQuerySchema.parse(input), 50)).hits.map((hit) => hit.slug);

// Writes go through the same paths editors and `sources:sync --apply` use;
// the next search (the page's cached search is tagged with the catalogue tag
// these writes expire) must already see them.
describe("search while the catalogue changes", () => {
  const database = useTestDatabase("migrated");
  let editor: Headers;
  const transcribers = [
    buildTool({ slug: "loudnote", name: "LoudNote", kind: "api", category: "speech-to-text", capabilities: [buildCapability(["speech-to-text"], { title: "Transcribes meetings", description: "Turns meeting recordings into text." })] }, ["speech-to-text"]),
    buildTool({ slug: "quietscribe", name: "QuietScribe", kind: "api", category: "speech-to-text", capabilities: [buildCapability(["speech-to-text"], { title: "Transcribes meetings", description: "Turns meeting recordings into text." })] }, ["speech-to-text"]),
  ];

  beforeAll(async () => {
    await createTools(database.prisma, sourceCatalogue());
    await createTools(database.prisma, transcribers);
    await syncSources([genaiFixture(), modelsDevFixture()], { today: SYNC_DAY, apply: false });
    editor = (await signedInAs("editor")).headers;
  });

  it("finds a renamed tool by its new name on the next search, and the save expires the tag cached searches carry", async () => {
    expect(await slugsFor({ q: "Tapirwhisk" })).toEqual([]);
    const tool = (await loadToolState(database.prisma, { slug: "loudnote" }))!;
    const outcome = await toolActions.updateProfile.runAs(editor, IDLE, form({ ...(await toolRef(database.prisma, "loudnote")), ...profileFields(tool), name: "Tapirwhisk Transcribe" }));
    expect(outcome.state).toMatchObject({ status: "saved" });
    expect(outcome.expire).toContain(CACHE_TAGS.catalogue);
    expect(await slugsFor({ q: "Tapirwhisk" })).toEqual(["loudnote"]);
    expect(await slugsFor({ q: "tapirwisk" })).toEqual(["loudnote"]);
  });

  it("finds a model added by an accepted sync proposal on the next search", async () => {
    // A new model is published when it comes with what it does; drafts stay unlisted. Take the first published one.
    const proposals = await database.prisma.sourceProposal.findMany({ where: { kind: "new_tool", status: "pending" }, orderBy: { id: "asc" }, take: 10 });
    for (const proposal of proposals) {
      const { toolSlug: slug } = proposal;
      const outcome = await proposalActions.acceptProposal.runAs(editor, IDLE, form({ proposalId: String(proposal.id) }));
      expect(outcome.state).toMatchObject({ status: "saved" });
      const tool = await database.prisma.tool.findUniqueOrThrow({ where: { slug }, select: { published: true, name: true } });
      if (!tool.published) {
        expect(await slugsFor({ q: tool.name })).not.toContain(slug);
        continue;
      }
      expect(outcome.expire).toContain(CACHE_TAGS.catalogue);
      expect((await slugsFor({ q: tool.name })).slice(0, 3)).toContain(slug);
      return;
    }
    throw new Error("no accepted proposal published a model");
  });

  it("ranks a retired tool below active ones, unless its own name is searched", async () => {
    const before = await slugsFor({ q: "transcribes meetings" });
    expect(before.slice(0, 2).sort()).toEqual(["loudnote", "quietscribe"]);
    const retired = before[0]!;
    const outcome = await toolActions.updateStatus.runAs(editor, IDLE, form({ ...(await toolRef(database.prisma, retired)), "status.value": "retired", "status.date": "2025-05-01", ...sourceFields("status.source") }));
    expect(outcome.state).toMatchObject({ status: "saved" });
    const after = await slugsFor({ q: "transcribes meetings" });
    expect(after.indexOf(retired)).toBeGreaterThan(after.indexOf(before[1]!));
    const name = (await database.prisma.tool.findUniqueOrThrow({ where: { slug: retired } })).name;
    expect((await slugsFor({ q: name }))[0]).toBe(retired);
  });
});
