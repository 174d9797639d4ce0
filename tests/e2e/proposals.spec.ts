import { expect, test } from "@playwright/test";
import { today } from "@/lib/dates";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { syncSources } from "@/lib/sources/sync";
import type { SourceData } from "@/lib/sources/types";
import { buildTool, tokenPrice } from "../support/factories";
import { createAccount, e2ePrisma, removeAccount, signInDirectly } from "./support/admin";
import { addToolsToServer } from "./support/fixtures-data";

// A model of this test's own, and a dataset that says its input price went down.
const run = Date.now().toString(36);
const SLUG = `pr-model-${run}`;
const PROVIDER = `pr-vendor-${run}`;
const dataset: SourceData = {
  source: "genai-prices",
  version: "0.1.8",
  date: "2026-09-23",
  via: "@pydantic/genai-prices 0.1.8",
  offers: [{ provider: PROVIDER, providerName: "Vendor", modelId: "m", modelName: "M", url: "https://example.com/vendor/pricing", date: "2026-09-23", deprecated: false, prices: [{ meter: "input", amount: "2", tierFrom: null, batch: false, startDate: null }], facts: {} }],
  skipped: [],
};

let prisma: PrismaClient;
let editor: string;

test.beforeAll(async ({ request }) => {
  prisma = e2ePrisma();
  editor = await createAccount(prisma, "editor", "Pat");
  await addToolsToServer(request, [
    buildTool({ slug: SLUG, name: `Proposal Model ${run}`, kind: "model", category: "llm", offers: [{ provider: "Vendor", providerSlug: PROVIDER, modelId: "m", prices: [tokenPrice("input", "3"), tokenPrice("output", "9")] }] }),
  ]);
  await syncSources([dataset], { today: today(), apply: false });
});

test.afterAll(async () => {
  await removeAccount(prisma, editor);
  await prisma.$disconnect();
});

test("an editor accepts a proposed price in the browser and the public tool page shows it on the next request", async ({ page, context, baseURL }) => {
  const prices = page.getByRole("region", { name: /Prices/ });
  // Warm the cached public page with the old price first.
  await page.goto(`/tools/${SLUG}`);
  await expect(prices.getByRole("row", { name: /^Input (starting price )?\$3 per 1M input tokens/ })).toBeVisible();

  await signInDirectly(context, baseURL!, editor);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Proposed changes" }).click();
  await expect(page).toHaveURL("/admin/proposals");
  const tool = page.getByRole("region", { name: `Proposal Model ${run}` });
  const subject = `${PROVIDER}/m Input tokens`;
  await expect(tool.getByTestId("proposal").filter({ hasText: subject })).toContainText("$3 (since 1 June 2025) → $2 per 1M input tokens from 23 September 2026");
  await tool.getByRole("form", { name: `Decide: ${subject}` }).getByRole("button", { name: "Accept" }).click();
  await expect(page.getByText("Accepted: the change is on the public pages.")).toBeVisible();
  await expect(page.getByTestId("proposal").filter({ hasText: subject })).toHaveCount(0);

  await page.goto(`/tools/${SLUG}`);
  await expect(prices.getByRole("row", { name: /^Input (starting price )?\$2 per 1M input tokens/ })).toBeVisible();
  await prices.getByText("Earlier prices from Vendor (1)").click();
  await expect(prices.getByRole("row", { name: /Input \$3 per 1M input tokens 1 June 2025 – 23 September 2026/ })).toBeVisible();
});

test("the tool list finds a tool with pending proposals from a plain GET form", async ({ page, context, baseURL }) => {
  await prisma.sourceProposal.create({
    data: { source: "genai-prices", sourceVersion: "0.1.8", sourceDate: new Date("2026-09-23"), kind: "fact_change", toolSlug: SLUG, subject: `${SLUG} contextWindow`, after: { name: "contextWindow", value: 8192, source: { url: "https://example.com/vendor/models", date: "2026-09-23", checkedAt: "2026-11-30", kind: "vendor", via: "@pydantic/genai-prices 0.1.8" } }, fingerprint: `pr-fact-${run}` },
  });
  await signInDirectly(context, baseURL!, editor);
  await page.goto("/admin");
  const search = page.getByRole("search", { name: "Find tools" });
  await search.getByLabel("Name or slug").fill(`proposal model ${run}`);
  await search.getByLabel("Pending proposals").check();
  await search.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin\\?q=proposal\\+model\\+${run}&.*pending=yes`));
  await expect(page.getByRole("heading", { name: "Tools (1)" })).toBeVisible();
  await page.getByRole("row", { name: new RegExp(`Proposal Model ${run}`) }).getByRole("link", { name: /^\d+ pending$/ }).click();
  await expect(page).toHaveURL(`/admin/proposals?tool=${SLUG}`);
  await expect(page.getByTestId("proposal").filter({ hasText: `${SLUG} contextWindow` })).toContainText("unknown → Context window: 8,192 tokens");
});
