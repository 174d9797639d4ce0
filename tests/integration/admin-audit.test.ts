import { beforeAll, describe, expect, it } from "vitest";
import * as actions from "@/app/admin/tools/actions";
import { auditFilterChoices, auditFilters, listAuditEntries } from "@/lib/admin/audit/list";
import { IDLE } from "@/lib/admin/form-state";
import { loadToolState } from "@/lib/admin/tools/tool-state";
import { form, profileFields, toolRef } from "../support/admin-forms";
import { signedInAs } from "../support/admin-session";
import { useTestDatabase } from "../support/test-database";

describe("the audit log: who, when, what, field by field, filterable by tool and editor", () => {
  const database = useTestDatabase("seeded");

  beforeAll(async () => {
    const [ada, bob] = [await signedInAs("editor", "ada@example.com"), await signedInAs("editor", "bob@example.com")];
    const edit = async (who: { headers: Headers }, slug: string, vendor: string) => {
      const tool = (await loadToolState(database.prisma, { slug }))!;
      const outcome = await actions.updateProfile.runAs(who.headers, IDLE, form({ ...(await toolRef(database.prisma, slug)), ...profileFields(tool), vendor }));
      expect(outcome.state.status).toBe("saved");
    };
    await edit(ada, "gemini-2-0-flash-lite", "Ada's Google");
    await edit(bob, "gemini-2-0-flash-lite", "Bob's Google");
    await edit(ada, "dreambooth-stable-diffusion", "Ada's Google Research");
  });

  it("lists every change newest first, with the field-level diff and the versions", async () => {
    const { entries, total } = await listAuditEntries(auditFilters({}));
    expect(total).toBe(3);
    expect(entries.map((entry) => [entry.actorEmail, entry.tool?.slug])).toEqual([
      ["ada@example.com", "dreambooth-stable-diffusion"],
      ["bob@example.com", "gemini-2-0-flash-lite"],
      ["ada@example.com", "gemini-2-0-flash-lite"],
    ]);
    expect(entries[1]).toMatchObject({ action: "tool.update", fromVersion: 2, toVersion: 3, changes: [{ field: "vendor", before: "Ada's Google", after: "Bob's Google" }] });
  });

  it("filters by tool, by editor, and by both", async () => {
    const byTool = await listAuditEntries(auditFilters({ tool: "gemini-2-0-flash-lite" }));
    expect(byTool.entries.map((entry) => entry.actorEmail)).toEqual(["bob@example.com", "ada@example.com"]);
    const byEditor = await listAuditEntries(auditFilters({ editor: "ada@example.com" }));
    expect(byEditor.entries.map((entry) => entry.tool?.slug)).toEqual(["dreambooth-stable-diffusion", "gemini-2-0-flash-lite"]);
    const both = await listAuditEntries(auditFilters({ tool: "gemini-2-0-flash-lite", editor: "ada@example.com", page: "1" }));
    expect(both.total).toBe(1);
    expect(await auditFilterChoices()).toMatchObject({ editors: ["ada@example.com", "bob@example.com"] });
    expect(auditFilters({ page: "-3" }).page).toBe(1);
  });
});
