import { beforeAll, describe, expect, it } from "vitest";
import * as actions from "@/app/admin/tools/actions";
import { IDLE } from "@/lib/admin/form-state";
import { loadToolState } from "@/lib/admin/tools/tool-state";
import { form, profileFields, toolRef } from "../support/admin-forms";
import { everything, SLUG, validForm } from "../support/admin-fixtures";
import { signedInAs } from "../support/admin-session";
import { useTestDatabase } from "../support/test-database";

/** Every action that edits an existing tool: all of them carry the version the editor started from. */
const TOOL_EDITS = Object.entries(actions).filter(([name]) => name !== "createTool");

describe("no lost updates: two editors on the same tool", () => {
  const database = useTestDatabase("seeded");
  let ada: { headers: Headers; email: string };
  let bob: { headers: Headers; email: string };

  beforeAll(async () => {
    ada = await signedInAs("editor", "ada@example.com");
    bob = await signedInAs("editor", "bob@example.com");
  });

  it.each(TOOL_EDITS)("%s: the second to save gets a conflict showing what the first changed, and nothing of theirs is written", async (name, action) => {
    const adaForm = await validForm(database.prisma, name); // Ada opens the tool at version v.
    const tool = (await loadToolState(database.prisma, { slug: SLUG }))!;
    const bobSummary = `Bob's summary ${name}.`;
    const bobSaved = await actions.updateProfile.runAs(bob.headers, IDLE, form({ ...(await toolRef(database.prisma, SLUG)), ...profileFields(tool), summary: bobSummary }));
    expect(bobSaved.state.status).toBe("saved");

    const before = await everything(database.prisma);
    const outcome = await action.runAs(ada.headers, IDLE, adaForm);
    expect(outcome.state).toMatchObject({
      status: "conflict",
      currentVersion: tool.version + 1,
      entries: [{ actorEmail: "bob@example.com", fromVersion: tool.version, toVersion: tool.version + 1, changes: [{ field: "summary", before: tool.summary, after: bobSummary }] }],
    });
    expect(outcome.expire).toBeUndefined();
    expect(await everything(database.prisma)).toEqual(before);
    // What Ada typed comes back with the conflict, so she loses nothing either.
    if (outcome.state.status === "conflict") expect(outcome.state.values.version).toBe(String(tool.version));

    // Having seen Bob's change, Ada saves again on top of it: both edits stand.
    adaForm.set("version", String(tool.version + 1));
    const resolved = await action.runAs(ada.headers, IDLE, adaForm);
    expect(resolved.state.status).toBe("saved");
    const after = (await loadToolState(database.prisma, { slug: SLUG }))!;
    expect(after.version).toBe(tool.version + 2);
    if (name !== "updateProfile") expect(after.summary).toBe(bobSummary);
  });
});

describe("after a conflict the form keeps only what the editor changed", () => {
  const database = useTestDatabase("seeded");

  it("lists the fields Ada changed (from the values her form was rendered with), not the ones Bob changed", async () => {
    const [ada, bob] = [await signedInAs("editor"), await signedInAs("editor")];
    const tool = (await loadToolState(database.prisma, { slug: SLUG }))!;
    const rendered = profileFields(tool);
    const base = JSON.stringify({ ...rendered, slug: undefined, freeTier: tool.freeTier ? "on" : undefined, sourceRepository: tool.sourceRepository ?? "", license: tool.license ?? "" });
    const adaForm = form({ ...(await toolRef(database.prisma, SLUG)), ...rendered, vendor: "Google DeepMind", base });
    await actions.updateProfile.runAs(bob.headers, IDLE, form({ ...(await toolRef(database.prisma, SLUG)), ...rendered, summary: "Bob was here." }));

    const outcome = await actions.updateProfile.runAs(ada.headers, IDLE, adaForm);
    expect(outcome.state).toMatchObject({ status: "conflict", changed: ["vendor"] });
    expect(outcome.refresh).toBe(true);
  });
});
