import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as actions from "@/app/admin/tools/actions";
import { IDLE } from "@/lib/admin/form-state";
import { loadToolState } from "@/lib/admin/tools/tool-state";
import { createPrismaClient, db, setDb } from "@/lib/db/client";
import { form, profileFields, toolRef } from "../support/admin-forms";
import { signedInAs } from "../support/admin-session";
import { buildTool, createTools } from "../support/factories";
import { useTestDatabase } from "../support/test-database";

describe("admin actions on the failure path", () => {
  const database = useTestDatabase("migrated");
  const [tool] = [buildTool()];
  let editor: Headers;

  beforeAll(async () => {
    await createTools(database.prisma, [tool!]);
    editor = (await signedInAs("editor")).headers;
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    setDb(database.prisma);
    await database.prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS fail_tool_update ON tool`);
    await database.prisma.$executeRawUnsafe(`DROP FUNCTION IF EXISTS fail_tool_update`);
  });

  it("an admin save that hits a database error says what failed and keeps what the editor typed", async () => {
    await database.prisma.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION fail_tool_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full (simulated)'; END $$`);
    await database.prisma.$executeRawUnsafe(`CREATE TRIGGER fail_tool_update BEFORE UPDATE ON tool FOR EACH ROW EXECUTE FUNCTION fail_tool_update()`);
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const current = (await loadToolState(database.prisma, { slug: tool!.slug }))!;
    const typed = { ...(await toolRef(database.prisma, tool!.slug)), ...profileFields(current), summary: "What the editor typed, not to be lost." };

    const outcome = await actions.updateProfile.runAs(editor, IDLE, form(typed));
    expect(outcome.state).toMatchObject({
      status: "failed",
      message: expect.stringMatching(/^Nothing was saved: the server failed \(.*P0001 disk full \(simulated\)\)\. What you typed is still here/),
      values: { summary: "What the editor typed, not to be lost." },
    });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("Admin action (editor) failed"), expect.anything());
    expect((await loadToolState(database.prisma, { slug: tool!.slug }))!.summary).toBe(current.summary);
  });

  it("an admin save with the database out of reach says so", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    setDb(createPrismaClient("postgresql://postgres@127.0.0.1:1/nowhere", 1));
    const outcome = await actions.markVerifiedToday.runAs(editor, IDLE, form({ toolId: "1", version: "1" }));
    expect(outcome.state).toMatchObject({ status: "failed", message: expect.stringContaining("Nothing was saved: the database could not be reached.") });
    await db().$disconnect();
  });

});
