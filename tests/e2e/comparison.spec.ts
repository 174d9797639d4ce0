import { createPrismaClient, setDb } from "@/lib/db/client";
import { getToolDetail } from "@/lib/catalog/queries";
import type { ToolDetail } from "@/lib/catalog/types";
import { lifecycleLabel } from "@/lib/lifecycle";
import { formatPrice } from "@/lib/pricing";
import { PRICING_MODEL_LABELS, TOOL_CATEGORY_LABELS, TOOL_KIND_LABELS } from "@/lib/schemas/enums";
import { DIMENSIONS, DIMENSION_LABELS } from "@/lib/scoring/method";
import { buildVerdict, comparableRank, evidenceLeader, verdictToolOf } from "@/lib/verdict";
import { e2eDatabaseUrl } from "./support/e2e-database";
import { expect, test } from "./support/fixtures";

const EXAMPLE_URL = "/compare/gemini-2-0-flash-lite-vs-dreambooth-stable-diffusion";
const CANONICAL = "/compare/dreambooth-stable-diffusion-vs-gemini-2-0-flash-lite";

let tools: ToolDetail[];

test.beforeAll(async () => {
  setDb(createPrismaClient(e2eDatabaseUrl(), 2));
  tools = (await Promise.all([getToolDetail("dreambooth-stable-diffusion"), getToolDetail("gemini-2-0-flash-lite")])) as ToolDetail[];
});

const cellTexts = async (page: import("@playwright/test").Page, row: string) =>
  page.locator(`tr[data-row="${row}"] td`).allInnerTexts();

test("the example pair's page shows the table and verdict the data implies", async ({ page }) => {
  await page.goto(EXAMPLE_URL);
  await expect(page).toHaveURL(CANONICAL);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${tools[0]!.name} vs ${tools[1]!.name}`);
  const table = page.getByRole("table").first();
  await expect(table.getByRole("columnheader", { name: tools[0]!.name })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Rank" })).toBeVisible();

  expect(await cellTexts(page, "Type")).toEqual(tools.map((t) => `${TOOL_KIND_LABELS[t.kind]} · ${TOOL_CATEGORY_LABELS[t.category].one}`));
  expect(await cellTexts(page, "Status")).toEqual(tools.map((t) => lifecycleLabel(t.lifecycle)));
  expect((await cellTexts(page, "Rank")).map((t) => t.split(/\s/)[0])).toEqual(tools.map((t) => (t.rank === null ? "No" : `${t.rank}/100`)));
  expect(await cellTexts(page, "Pricing")).toEqual(tools.map((t) => PRICING_MODEL_LABELS[t.pricingModel]));
  const starting = tools.map((t) => t.prices.find((p) => p.isStarting));
  expect(await cellTexts(page, "Starting price")).toEqual(starting.map((price) => (price ? formatPrice(price) : "—")));
  expect((await cellTexts(page, "Capabilities")).map((t) => t.replace(/\s*leads$/, ""))).toEqual(tools.map((t) => `${t.capabilities.length} decomposed`));

  // The leader mark sits only on a strictly higher number, never on "no data" nor on a provisional Rank.
  const rows: [string, (t: ToolDetail) => number | null][] = [["Rank", comparableRank], ...DIMENSIONS.map((d): [string, (t: ToolDetail) => number | null] => [DIMENSION_LABELS[d], (t) => t.scores?.[d] ?? null])];
  for (const [row, value] of rows) {
    const leader = evidenceLeader(tools, value);
    const marked = page.locator(`tr[data-row="${row}"] td[data-leader]`);
    await expect(marked).toHaveCount(leader ? 1 : 0);
  }

  const verdict = buildVerdict(tools.map(verdictToolOf)).join(" ");
  await expect(page.getByTestId("verdict")).toHaveText(verdict);
  await expect(page.getByText("Last verified")).toBeVisible();
  const searchLink = page.getByRole("link", { name: /Search the match graph/ });
  await expect(searchLink).toHaveAttribute("href", /dreambooth-stable-diffusion.*gemini-2-0-flash-lite/);
});

test("+N more capabilities opens in place", async ({ page }) => {
  await page.goto(CANONICAL);
  const section = page.getByRole("region", { name: `${tools[1]!.name}: 11 capabilities` });
  const hiddenTitle = tools[1]!.capabilities[10]!.title;
  await expect(section.getByText(hiddenTitle, { exact: true })).toBeHidden();
  await section.getByText("+8 more capabilities").click();
  await expect(section.getByText(hiddenTitle, { exact: true })).toBeVisible();
  await expect(page).toHaveURL(CANONICAL);
});

test("works without JavaScript", async ({ browser, consoleWatch }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  consoleWatch.watch(context);
  const page = await context.newPage();
  await page.goto(EXAMPLE_URL);
  await expect(page).toHaveURL(CANONICAL);
  await expect(page.getByTestId("verdict")).toContainText("/100");
  const section = page.getByRole("region", { name: `${tools[0]!.name}: 12 capabilities` });
  await section.getByText("+9 more capabilities").click();
  await expect(section.getByText(tools[0]!.capabilities[11]!.title, { exact: true })).toBeVisible();
  await context.close();
});

test("non-canonical URLs redirect permanently; unknown tools are a 404", async ({ request, page, consoleWatch }) => {
  for (const url of [EXAMPLE_URL, "/compare/DREAMBOOTH-STABLE-DIFFUSION-vs-Gemini-2-0-Flash-Lite"]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(new URL(response.headers()["location"]!, "http://x").pathname).toBe(CANONICAL);
  }
  const self = await request.get("/compare/gemini-2-0-flash-lite-vs-gemini-2-0-flash-lite", { maxRedirects: 0 });
  expect(self.status()).toBe(308);
  expect(self.headers()["location"]).toContain("/tools/gemini-2-0-flash-lite");

  // The browser logs the 404 it is sent here on purpose.
  consoleWatch.allow(/Failed to load resource: the server responded with a status of 404 .*no-such-tool/);
  const missing = await page.goto("/compare/gemini-2-0-flash-lite-vs-no-such-tool");
  expect(missing!.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that" })).toBeVisible();
  expect((await request.get("/tools/no-such-tool")).status()).toBe(404);
});

test("screenshots at 360 px and 1280 px", async ({ page }) => {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(CANONICAL);
    await expect(page.getByTestId("verdict")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `tests/e2e/screenshots/compare-${width}.png`, fullPage: true });
  }
});
