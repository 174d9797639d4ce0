import type { Browser } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createAccount, e2ePrisma, removeAccount, signInDirectly } from "./support/admin";
import { expect, test, type ConsoleWatch } from "./support/fixtures";

const SLUG = "dreambooth-stable-diffusion";
let prisma: PrismaClient;
let ada: string;
let bob: string;

test.beforeAll(async () => {
  prisma = e2ePrisma();
  ada = await createAccount(prisma, "editor", "Ada");
  bob = await createAccount(prisma, "editor", "Bob");
});

test.afterAll(async () => {
  for (const email of [ada, bob]) await removeAccount(prisma, email);
  await prisma.$disconnect();
});

/** An editor's own browser on the tool's edit page, its profile form live (hydrated) before anyone types. */
async function editorPage(browser: Browser, baseURL: string, email: string, watch: ConsoleWatch) {
  const context = await browser.newContext();
  watch.watch(context);
  await signInDirectly(context, baseURL, email);
  const page = await context.newPage();
  await page.goto(`/admin/tools/${SLUG}`);
  const profile = page.getByRole("form", { name: "Profile" });
  await expect(profile.getByTestId("form-status")).toHaveAttribute("data-ready", "true");
  return { context, page, profile };
}

test("two editors open the same tool: the second to save sees what the first changed, and neither edit is lost", async ({ browser, baseURL, consoleWatch }) => {
  const a = await editorPage(browser, baseURL!, ada, consoleWatch);
  const b = await editorPage(browser, baseURL!, bob, consoleWatch);
  const summary = `Bob's summary ${Date.now()}`;
  const vendor = `Ada's vendor ${Date.now()}`;
  const version = Number(await a.page.getByTestId("tool-version").textContent());

  await b.profile.getByLabel("Summary").fill(summary);
  await expect(b.profile.getByLabel("Summary")).toHaveValue(summary);
  await b.profile.getByRole("button", { name: "Save profile" }).click();
  await expect(b.page.getByText("Profile saved.")).toBeVisible();

  await a.profile.getByLabel("Vendor").fill(vendor);
  await expect(a.profile.getByLabel("Vendor")).toHaveValue(vendor);
  await a.profile.getByRole("button", { name: "Save profile" }).click();
  const status = a.profile.getByTestId("form-status");
  await expect(status).toHaveAttribute("data-status", "conflict");
  await expect(status).toContainText("someone else saved this tool");
  const changes = status.getByRole("group", { name: "Changes saved by others since you opened this tool" });
  await expect(changes).toContainText(bob);
  await expect(changes.getByRole("row", { name: /summary/ })).toContainText(summary);
  // Ada's change is still in the form; Bob's summary is now there too.
  await expect(a.profile.getByLabel("Vendor")).toHaveValue(vendor);
  await expect(a.profile.getByLabel("Summary")).toHaveValue(summary);
  await expect(a.page.getByTestId("tool-version")).toHaveText(String(version + 1));

  // Ada resolves it by saving again, on top of Bob's version.
  await a.profile.getByRole("button", { name: "Save profile" }).click();
  await expect(a.page.getByText("Profile saved.")).toBeVisible();
  await expect(a.page.getByTestId("tool-version")).toHaveText(String(version + 2));

  await b.page.goto(`/tools/${SLUG}`);
  await expect(b.page.getByText(summary)).toBeVisible();
  await expect(b.page.getByText(vendor).first()).toBeVisible();
  await a.context.close();
  await b.context.close();
});
