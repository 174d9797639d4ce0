import { beforeAll, describe, expect, it } from "vitest";
import * as actions from "@/app/admin/users/actions";
import { IDLE } from "@/lib/admin/form-state";
import { sessionUser } from "@/lib/auth/session";
import { form } from "../support/admin-forms";
import { signedInAs, TEST_PASSWORD } from "../support/admin-session";
import { useTestDatabase } from "../support/test-database";

describe("managing accounts (admins only)", () => {
  const database = useTestDatabase("migrated");
  let admin: { headers: Headers; email: string };
  const userId = (email: string) => database.prisma.user.findUniqueOrThrow({ where: { email } }).then((user) => user.id);

  beforeAll(async () => {
    admin = await signedInAs("admin", "root@example.com");
  });

  it("creates an account; a bad one comes back with messages and without the password", async () => {
    const bad = await actions.addUser.runAs(admin.headers, IDLE, form({ email: "not-an-email", name: "", password: "short", role: "owner" }));
    expect(bad.state).toMatchObject({
      status: "invalid",
      fieldErrors: { email: "must be an email address", name: "is required", password: "must be at least 12 characters", role: "must be one of admin, editor" },
      values: { email: "not-an-email", role: "owner" },
    });
    if (bad.state.status === "invalid") expect(bad.state.values).not.toHaveProperty("password");

    const weak = await actions.addUser.runAs(admin.headers, IDLE, form({ email: "cleo@example.com", name: "Cleo", password: "cleo12345678", role: "editor" }));
    expect(weak.state).toMatchObject({ status: "invalid", fieldErrors: { password: expect.stringMatching(/^is too easy to guess/) }, values: { email: "cleo@example.com" } });
    expect(await database.prisma.user.count({ where: { email: "cleo@example.com" } })).toBe(0);

    const good = await actions.addUser.runAs(admin.headers, IDLE, form({ email: "Cleo@Example.com", name: "Cleo", password: TEST_PASSWORD, role: "editor" }));
    expect(good.state).toEqual({ status: "saved", message: "cleo@example.com can now sign in as editor." });
    expect(await database.prisma.auditLog.findFirst({ where: { action: "user.create" } })).toMatchObject({ actorEmail: "root@example.com", entityType: "user" });
    const taken = await actions.addUser.runAs(admin.headers, IDLE, form({ email: "cleo@example.com", name: "Cleo", password: TEST_PASSWORD, role: "editor" }));
    expect(taken.state).toMatchObject({ status: "invalid", fieldErrors: { email: "already has an account" } });
  });

  it("changes a role, and never leaves the catalogue without an admin", async () => {
    const cleo = await userId("cleo@example.com");
    expect((await actions.changeRole.runAs(admin.headers, IDLE, form({ userId: cleo, role: "admin" }))).state.status).toBe("saved");
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: cleo } })).role).toBe("admin");
    const own = await actions.changeRole.runAs(admin.headers, IDLE, form({ userId: await userId("root@example.com"), role: "editor" }));
    expect(own.state).toMatchObject({ status: "failed", message: expect.stringContaining("your own account") });
    await actions.changeRole.runAs(admin.headers, IDLE, form({ userId: cleo, role: "editor" }));
    const bad = await actions.changeRole.runAs(admin.headers, IDLE, form({ userId: cleo, role: "owner" }));
    expect(bad.state).toMatchObject({ status: "invalid", fieldErrors: { role: "must be one of admin, editor" } });
  });

  it("removes an account and ends its sessions at once; its audit entries keep who it was", async () => {
    const dana = await signedInAs("editor", "dana@example.com");
    expect(await sessionUser(dana.headers)).not.toBeNull();
    const outcome = await actions.removeUser.runAs(admin.headers, IDLE, form({ userId: await userId("dana@example.com") }));
    expect(outcome.state.status).toBe("saved");
    expect(await sessionUser(dana.headers)).toBeNull();
    expect(await database.prisma.user.count({ where: { email: "dana@example.com" } })).toBe(0);
    expect(await database.prisma.auditLog.findFirst({ where: { action: "user.delete" } })).toMatchObject({ diff: { changes: expect.arrayContaining([{ field: "email", before: "dana@example.com", after: null }]) } });
  });
});
