import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createAccount, e2ePrisma, removeAccount, signIn } from "./support/admin";
import { expect, test } from "./support/fixtures";

let prisma: PrismaClient;
let editor: string;

test.beforeAll(async () => {
  prisma = e2ePrisma();
  editor = await createAccount(prisma, "editor", "Cy");
});

test.afterAll(async () => {
  await removeAccount(prisma, editor);
  await prisma.$disconnect();
});

test("the session cookie is HttpOnly and SameSite; signing out ends the session on the server", async ({ page, context }) => {
  await signIn(page, editor);
  const [cookie] = (await context.cookies()).filter((entry) => entry.name.endsWith("session_token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  // An editor is not an admin: the users page refuses.
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/admin\?refused=admin/);
  await expect(page.getByText("That page needs the admin role.")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in\?signed-out=1/);
  await expect(page.getByText("You are signed out.")).toBeVisible();

  // Even the old cookie, put back, opens nothing: the session is gone from the database.
  await context.addCookies([cookie!]);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await expect(page.getByRole("heading", { name: "Sign in to edit the catalogue" })).toBeVisible();
});
