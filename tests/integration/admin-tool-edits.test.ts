import { beforeAll, describe, expect, it } from "vitest";
import * as actions from "@/app/admin/tools/actions";
import { IDLE } from "@/lib/admin/form-state";
import { loadToolState } from "@/lib/admin/tools/tool-state";
import { CACHE_TAGS, tagsForToolChange } from "@/lib/cache/tags";
import { alternativesFor } from "@/lib/matching/alternatives";
import { NEIGHBOURS_STORED } from "@/lib/matching/neighbours";
import { form, isoToday, profileFields, toolRef } from "../support/admin-forms";
import { everything, SLUG } from "../support/admin-fixtures";
import { signedInAs } from "../support/admin-session";
import { useTestDatabase } from "../support/test-database";

describe("editing a tool: each save is validated, versioned, audited, rescored and expires exactly its tags", () => {
  const database = useTestDatabase("seeded");
  let ada: { headers: Headers; email: string };
  const state = () => loadToolState(database.prisma, { slug: SLUG }).then((tool) => tool!);
  const lastAudit = () => database.prisma.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
  /** Tools whose score history grew since a snapshot count per tool. */
  const rescoredSince = async (before: Map<number, number>) => {
    const counts = await database.prisma.scoreSnapshot.groupBy({ by: ["toolId"], _count: true });
    const ids = counts.filter((row) => row._count !== (before.get(row.toolId) ?? 0)).map((row) => row.toolId);
    return (await database.prisma.tool.findMany({ where: { id: { in: ids } }, select: { slug: true } })).map((tool) => tool.slug);
  };
  const snapshotCounts = async () => new Map((await database.prisma.scoreSnapshot.groupBy({ by: ["toolId"], _count: true })).map((row) => [row.toolId, row._count]));

  beforeAll(async () => {
    ada = await signedInAs("editor", "ada@example.com");
  });

  it("saves the profile: new values, version + 1, a field-level audit entry, and only this tool's and the catalogue's tags", async () => {
    const before = await state();
    const counts = await snapshotCounts();
    const outcome = await actions.updateProfile.runAs(ada.headers, IDLE, form({ ...(await toolRef(database.prisma, SLUG)), ...profileFields(before), summary: "A new summary for Gemini." }));
    expect(outcome.state).toEqual({ status: "saved", message: "Profile saved." });
    const after = await state();
    expect(after.summary).toBe("A new summary for Gemini.");
    expect(after.version).toBe(before.version + 1);
    const audit = await lastAudit();
    expect(audit).toMatchObject({ actorEmail: "ada@example.com", action: "tool.update", toolId: before.id });
    expect(audit.diff).toEqual({ fromVersion: before.version, toVersion: after.version, changes: [{ field: "summary", before: before.summary, after: "A new summary for Gemini." }] });
    // A summary does not move any score, so nothing but this tool and the lists it is in go stale.
    expect(await rescoredSince(counts)).toEqual([]);
    expect(outcome.expire!.sort()).toEqual(tagsForToolChange(SLUG).sort());
  });

  it("re-shows a bad profile with each field's message and what was typed, and saves nothing", async () => {
    const before = await everything(database.prisma);
    const typed = { ...(await toolRef(database.prisma, SLUG)), name: "", kind: "spaceship", category: "toaster", vendor: "Google", summary: "x", website: "not a url", pricingModel: "paid" };
    const outcome = await actions.updateProfile.runAs(ada.headers, IDLE, form(typed));
    expect(outcome.state).toMatchObject({
      status: "invalid",
      fieldErrors: { name: "is required", kind: "is not one of the choices", category: "is not one of the choices", website: "must be an http(s) URL" },
      values: { name: "", kind: "spaceship", category: "toaster", website: "not a url" },
    });
    expect(outcome.expire).toBeUndefined();
    expect(await everything(database.prisma)).toEqual(before);
  });

  it("marks the status checked today, and last verified follows (it is derived from the facts)", async () => {
    const outcome = await actions.markVerifiedToday.runAs(ada.headers, IDLE, form(await toolRef(database.prisma, SLUG)));
    expect(outcome.state.status).toBe("saved");
    expect((await state()).lastVerifiedAt).toBe(isoToday());
    expect((await lastAudit()).action).toBe("tool.verify");
  });

  it("edits a capability's text and tags (from the vocabulary only), and rescores and relinks the tools whose match graph moved", async () => {
    const before = await state();
    const capability = before.capabilities[1]!;
    const slugs = (await database.prisma.tool.findMany({ where: { published: true }, select: { slug: true } })).map((tool) => tool.slug);
    const lists = async () => new Map(await Promise.all(slugs.map(async (slug) => [slug, JSON.stringify(await alternativesFor(slug, NEIGHBOURS_STORED))] as const)));
    const listsBefore = await lists();
    const counts = await snapshotCounts();
    const fields = { ...(await toolRef(database.prisma, SLUG)), capabilityId: String(capability.id), title: "Sees images and video", description: capability.description, unique: capability.unique, vsAlternatives: capability.vsAlternatives };
    const unknownTag = await actions.updateCapability.runAs(ada.headers, IDLE, form({ ...fields, tags: ["no-such-tag"] }));
    expect(unknownTag.state).toMatchObject({ status: "invalid", fieldErrors: { tags: '"no-such-tag" is not in the capability tag vocabulary' } });
    expect(await state()).toEqual(before);

    const outcome = await actions.updateCapability.runAs(ada.headers, IDLE, form({ ...fields, tags: ["image-generation", ...capability.tags] }));
    expect(outcome.state).toEqual({ status: "saved", message: "Capability “Sees images and video” saved." });
    const after = await state();
    expect(after.capabilities[1]).toMatchObject({ id: capability.id, title: "Sees images and video", tags: [...new Set(["image-generation", ...capability.tags])].sort() });
    const rescored = await rescoredSince(counts);
    expect(rescored.length).toBeGreaterThan(0);
    const listsAfter = await lists();
    const relinked = slugs.filter((slug) => listsBefore.get(slug) !== listsAfter.get(slug));
    expect(relinked).toContain(SLUG);
    expect(new Set(outcome.expire)).toEqual(new Set([CACHE_TAGS.catalogue, ...[SLUG, ...rescored, ...relinked].map(CACHE_TAGS.tool)]));
    expect((await lastAudit()).diff).toMatchObject({ changes: expect.arrayContaining([{ field: `capability #${capability.id}.title`, before: capability.title, after: "Sees images and video" }]) });
  });

  it("adds, moves and removes capabilities, keeping positions in order", async () => {
    const start = await state();
    const added = await actions.addCapability.runAs(ada.headers, IDLE, form({ ...(await toolRef(database.prisma, SLUG)), title: "Batch mode", description: "Half-price batch jobs.", unique: "Cheap.", vsAlternatives: "Like others.", tags: ["structured-output"] }));
    expect(added.state.status).toBe("saved");
    const withNew = await state();
    const newOne = withNew.capabilities.at(-1)!;
    expect(newOne.title).toBe("Batch mode");

    const moved = await actions.moveCapability.runAs(ada.headers, IDLE, form({ ...(await toolRef(database.prisma, SLUG)), capabilityId: String(newOne.id), direction: "up" }));
    expect(moved.state.status).toBe("saved");
    const afterMove = (await state()).capabilities.map((capability) => capability.id);
    expect(afterMove.slice(-2)).toEqual([newOne.id, withNew.capabilities.at(-2)!.id]);
    expect((await lastAudit()).diff).toMatchObject({ changes: [{ field: "capability order" }] });

    const last = await actions.moveCapability.runAs(ada.headers, IDLE, form({ ...(await toolRef(database.prisma, SLUG)), capabilityId: String(afterMove.at(-1)), direction: "down" }));
    expect(last.state).toMatchObject({ status: "invalid", message: "Nothing was saved: that capability is already last." });

    const removed = await actions.removeCapability.runAs(ada.headers, IDLE, form({ ...(await toolRef(database.prisma, SLUG)), capabilityId: String(newOne.id) }));
    expect(removed.state.status).toBe("saved");
    const end = await state();
    expect(end.capabilities.map((capability) => capability.id)).toEqual(start.capabilities.map((capability) => capability.id));
    const positions = await database.prisma.capability.findMany({ where: { toolId: start.id }, orderBy: { position: "asc" }, select: { position: true } });
    expect(positions.map((row) => row.position)).toEqual(positions.map((_, index) => index));
    // The audit keeps what was removed, field by field: nothing is lost without a trace.
    expect((await lastAudit()).diff).toMatchObject({ changes: expect.arrayContaining([{ field: `capability #${newOne.id}.title`, before: "Batch mode", after: null }]) });
  });
});
