import { readdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GuardedAction } from "@/lib/admin/action";
import { IDLE, type FormState } from "@/lib/admin/form-state";
import { everything, validForm } from "../support/admin-fixtures";
import { signedInAs } from "../support/admin-session";
import { useTestDatabase } from "../support/test-database";

type AnyAction = GuardedAction<[FormState, FormData], { status: string }>;

/**
 * Every server action of the admin, found by reading each actions.ts under app/admin: a new
 * action is covered without editing this test. (Sign-out, in session-actions.ts,
 * needs no role: it ends whatever session the request carries, if any.)
 */
async function adminActions(): Promise<[string, AnyAction][]> {
  const root = path.join(process.cwd(), "app", "admin");
  const files = (await readdir(root, { recursive: true })).filter((file) => path.basename(file) === "actions.ts");
  const found: [string, AnyAction][] = [];
  for (const file of files) {
    const exported = (await import(path.join(root, file))) as Record<string, AnyAction>;
    for (const [name, action] of Object.entries(exported)) found.push([name, action]);
  }
  return found;
}

describe("every admin action checks the session and the role on the server", () => {
  const database = useTestDatabase("seeded");
  let actions: [string, AnyAction][];
  let editor: Headers;
  let admin: Headers;

  const snapshot = () => everything(database.prisma);

  beforeAll(async () => {
    actions = await adminActions();
    editor = (await signedInAs("editor")).headers;
    admin = (await signedInAs("admin")).headers;
  });

  it("finds the actions of tools, users and import, each made by the role wrapper", () => {
    const names = actions.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(["updateProfile", "updateCapability", "addUser", "applyCatalogueImport"]));
    expect(names.length).toBeGreaterThanOrEqual(19);
    for (const [name, action] of actions) {
      expect(typeof action.runAs, name).toBe("function");
      expect(["editor", "admin"], name).toContain(action.role);
    }
  });

  it("refuses each action without a session, with a signed-out cookie and with too small a role, changing nothing", async () => {
    const signedOut = new Headers({ cookie: "better-auth.session_token=forged.token" });
    for (const [name, action] of actions) {
      const formData = await validForm(database.prisma, name);
      const before = await snapshot();
      const anonymous = await action.runAs(new Headers(), IDLE, formData);
      expect(anonymous.state, name).toMatchObject({ status: "refused" });
      expect(anonymous.expire ?? [], name).toEqual([]);
      expect((await action.runAs(signedOut, IDLE, formData)).state, name).toMatchObject({ status: "refused" });
      if (action.role === "admin") {
        const tooSmall = await action.runAs(editor, IDLE, formData);
        expect(tooSmall.state, name).toMatchObject({ status: "refused", message: expect.stringContaining("admin role") });
      }
      expect(await snapshot(), `${name} changed something while refusing`).toEqual(before);
    }
  });

  it("runs the very same forms for a user with the role (so the refusals above were the only thing in the way)", async () => {
    for (const [name, action] of actions) {
      const formData = await validForm(database.prisma, name);
      const outcome = await action.runAs(action.role === "admin" ? admin : editor, IDLE, formData);
      expect(["saved", "preview", "applied"], `${name}: ${JSON.stringify(outcome.state)}`).toContain(outcome.state.status);
    }
  });
});
