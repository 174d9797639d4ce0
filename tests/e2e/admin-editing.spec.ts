import { getToolDetail } from "@/lib/catalog/queries";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createAccount, e2ePrisma, removeAccount, signIn } from "./support/admin";
import { expect, test } from "./support/fixtures";

const SLUG = "gemini-2-0-flash-lite";
const COMPARISON = "/compare/dreambooth-stable-diffusion-vs-gemini-2-0-flash-lite";

let prisma: PrismaClient;
let editor: string;

test.beforeAll(async () => {
  prisma = e2ePrisma();
  editor = await createAccount(prisma, "editor", "Ada");
});

test.afterAll(async () => {
  await removeAccount(prisma, editor);
  await prisma.$disconnect();
});

test("an editor signs in, edits a capability, and the public comparison shows it on the next request", async ({ page }) => {
  const original = (await getToolDetail(SLUG))!.capabilities[0]!;
  // Warm the cached comparison page with the old title first.
  await page.goto(COMPARISON);
  await expect(page.getByText(original.title, { exact: true }).first()).toBeAttached();

  await signIn(page, editor);
  await page.getByRole("link", { name: "Google: Gemini 2.0 Flash Lite" }).click();
  await expect(page).toHaveURL(`/admin/tools/${SLUG}`);
  const form = page.getByRole("form", { name: `Capability 1: ${original.title}` });

  // A bad value comes back with the field's message and what was typed; nothing is saved.
  await form.getByLabel("Title", { exact: true }).fill("");
  await form.getByLabel("Description").fill("Still typed here.");
  await form.getByRole("button", { name: "Save capability" }).click();
  await expect(form.getByText("Title is required")).toBeVisible();
  await expect(form.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Description")).toHaveValue("Still typed here.");

  const marker = `Long context, re-checked ${Date.now()}`;
  await form.getByLabel("Title", { exact: true }).fill(marker);
  await form.getByLabel("Description").fill(original.description);
  await form.getByRole("button", { name: "Save capability" }).click();
  await expect(page.getByText(`Capability “${marker}” saved.`)).toBeVisible();

  await page.goto(COMPARISON);
  await expect(page.getByText(marker, { exact: true })).toBeVisible();
  await expect(page.getByText(original.title, { exact: true })).toHaveCount(0);
  await page.goto(`/tools/${SLUG}`);
  await expect(page.getByText(marker, { exact: true })).toBeVisible();

  // The tool's history is one click from its edit page, with the field-level diff.
  await page.goto(`/admin/tools/${SLUG}`);
  await page.getByRole("link", { name: "History of this tool" }).click();
  const entry = page.getByTestId("audit-entry").first();
  await expect(entry).toContainText(editor);
  await expect(entry).toContainText("capability.update");
  await expect(entry.getByRole("cell", { name: marker })).toBeVisible();
});

test("admin pages are not for signed-out visitors, and are never indexed", async ({ page, request }) => {
  const response = await request.get("/admin/tools/gemini-2-0-flash-lite", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()["location"]).toContain("/admin/sign-in");
  expect((await request.get("/admin/export", { maxRedirects: 0 })).status()).toBe(307);
  await page.goto("/admin/sign-in");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});
