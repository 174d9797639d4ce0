import { readFile } from "node:fs/promises";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createAccount, e2ePrisma, removeAccount, signInDirectly } from "./support/admin";
import { expect, test } from "./support/fixtures";

let prisma: PrismaClient;
let admin: string;
const made: string[] = [];

test.beforeAll(async () => {
  prisma = e2ePrisma();
  admin = await createAccount(prisma, "admin", "Root");
});

test.afterAll(async () => {
  await prisma.tool.deleteMany({ where: { slug: { startsWith: "e2e-draft-" } } });
  for (const email of [admin, ...made]) await removeAccount(prisma, email);
  await prisma.$disconnect();
});

test.beforeEach(async ({ context, baseURL }) => {
  await signInDirectly(context, baseURL!, admin);
});

test("an admin creates an editor account and a draft tool", async ({ page }) => {
  await page.goto("/admin/users");
  const email = `eve-${Date.now()}@example.com`;
  made.push(email);
  const form = page.getByRole("form", { name: "New account" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill("Eve");
  await form.getByLabel("Password").fill("short");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByText("Password must be at least 12 characters")).toBeVisible();
  await expect(form.getByLabel("Email")).toHaveValue(email);
  await form.getByLabel("Password").fill("a long enough password");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(`${email} can now sign in as editor.`)).toBeVisible();
  await expect(page.getByRole("rowheader", { name: new RegExp(email) })).toBeVisible();

  await page.goto("/admin/tools/new");
  const slug = `e2e-draft-${Date.now()}`;
  const profile = page.getByRole("form", { name: "Profile" });
  await profile.getByLabel("Slug").fill(slug);
  await profile.getByLabel("Name").fill("E2E Draft");
  await profile.getByLabel("Vendor").fill("Acme");
  await profile.getByLabel("Summary").fill("A draft made by the end-to-end tests.");
  await profile.getByLabel("Website").fill("https://example.com");
  await profile.getByRole("button", { name: "Create draft" }).click();
  // Every status has a source: the form comes back asking for it, keeping what was typed.
  await expect(profile.getByText("Source URL must be an http(s) URL")).toBeVisible();
  await expect(profile.getByLabel("Name")).toHaveValue("E2E Draft");
  await profile.getByLabel("Source URL").fill("https://example.com/changelog");
  await profile.getByLabel("Source's own date").fill("2026-10-01");
  await profile.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(`/admin/tools/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: "E2E Draft" })).toBeVisible();
  await expect(page.getByText(`${slug} · version 1 · unpublished draft`)).toBeVisible();
  expect((await page.request.get(`/tools/${slug}`)).status()).toBe(404);
});

test("an admin exports the catalogue and previews importing it back: nothing would change", async ({ page }) => {
  await page.goto("/admin/import");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the catalogue" }).click();
  const file = await (await download).path();
  const text = await readFile(file, "utf8");
  expect(JSON.parse(text)).toMatchObject({ format: "toolmatch-catalogue/1" });

  await page.getByLabel("Catalogue file (JSON, as exported").setInputFiles({ name: "catalogue.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Preview the import (dry run)" }).click();
  const plan = page.getByTestId("import-plan");
  await expect(plan).toContainText("0 tools would be created: none");
  await expect(plan).toContainText("0 tools would change: none");
  await page.getByRole("button", { name: "Apply this import" }).click();
  await expect(page.getByTestId("import-status")).toContainText("Imported: 0 tools created, 0 tools changed");
});

test("a file of almost 8 MB goes through the dry run and the apply; a larger one is refused, saying why", async ({ page }) => {
  await page.goto("/admin/import");
  const text = await (await page.request.get("/admin/export")).text();
  // JSON may end in any amount of whitespace: the same catalogue, padded to the size under test.
  const padded = (bytes: number) => Buffer.from(text + " ".repeat(bytes - Buffer.byteLength(text)));
  const input = page.getByLabel("Catalogue file (JSON, as exported");

  await input.setInputFiles({ name: "big.json", mimeType: "application/json", buffer: padded(8 * 1024 * 1024 - 1024) });
  await page.getByRole("button", { name: "Preview the import (dry run)" }).click();
  await expect(page.getByTestId("import-plan")).toContainText("0 tools would be created: none");
  await page.getByRole("button", { name: "Apply this import" }).click();
  await expect(page.getByTestId("import-status")).toContainText("Imported: 0 tools created, 0 tools changed");

  await page.reload();
  await input.setInputFiles({ name: "huge.json", mimeType: "application/json", buffer: padded(9 * 1024 * 1024) });
  await expect(page.getByTestId("import-status")).toHaveAttribute("data-status", "invalid");
  await expect(page.getByTestId("import-status")).toContainText("The file is too large (9.0 MB): an import reads at most 8.0 MB.");
  await expect(page.getByRole("button", { name: "Preview the import (dry run)" })).toBeDisabled();
});
