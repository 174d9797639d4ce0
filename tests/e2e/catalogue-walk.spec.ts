import type { Page } from "@playwright/test";
import { getNeighbours, getToolDetail, listTools } from "@/lib/catalog/queries";
import type { ToolDetail } from "@/lib/catalog/types";
import { comparisonPath, toolPath } from "@/lib/compare-url";
import { createPrismaClient, setDb } from "@/lib/db/client";
import { catalogueQuerySchema } from "@/lib/schemas/catalogue-query";
import { e2eDatabaseUrl } from "./support/e2e-database";
import { expect, test } from "./support/fixtures";

let slugs: string[];
let pairs: string[][];

test.beforeAll(async () => {
  setDb(createPrismaClient(e2eDatabaseUrl(), 2));
  slugs = (await listTools(catalogueQuerySchema.parse({}), 1000)).items.map((tool) => tool.slug);
  const seen = new Set<string>();
  pairs = [];
  for (const slug of slugs) {
    for (const neighbour of await getNeighbours(slug, 2)) {
      const pair = [slug, neighbour.slug].sort();
      if (!seen.has(pair.join())) pairs.push(pair);
      seen.add(pair.join());
    }
    if (pairs.length >= 24) break;
  }
});

async function expectNoEmptyCells(page: Page) {
  const cells = await page.locator("table").first().locator("td").allInnerTexts();
  expect(cells.length).toBeGreaterThan(0);
  for (const text of cells) expect(text.trim()).not.toBe("");
}

test("the catalogue lists every tool across its pages", async ({ page }) => {
  const seen: string[] = [];
  let next: string | null = "/tools?sort=name";
  while (next) {
    await page.goto(next);
    seen.push(...(await page.locator("main ul li h3 a").allInnerTexts()));
    const link = page.getByRole("link", { name: "Next →" });
    next = (await link.count()) ? await link.getAttribute("href") : null;
  }
  expect(seen).toHaveLength(slugs.length);
  await expect(page.getByRole("status")).toHaveText(`${slugs.length} tools`);
});

test("every tool page renders its profile, scores, capabilities and prices", async ({ page }) => {
  test.setTimeout(180_000);
  for (const slug of slugs) {
    const tool = (await getToolDetail(slug)) as ToolDetail;
    const response = await page.goto(toolPath(slug));
    expect(response!.status(), slug).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tool.name);
    await expect(page.getByRole("heading", { name: `${tool.capabilities.length} capabilities` })).toBeVisible();
    await expect(page.locator("article ol > li")).toHaveCount(tool.capabilities.length);
    await expect(page.getByText(tool.rank === null ? "No current Rank" : `${tool.rank}/100 Rank`)).toBeVisible();
    if (tool.prices.length) await expect(page.getByRole("table").first().locator("tbody tr")).toHaveCount(tool.prices.length);
  }
});

test("at least 20 comparison pages have their table, capabilities and verdict", async ({ page }) => {
  test.setTimeout(180_000);
  expect(pairs.length).toBeGreaterThanOrEqual(20);
  for (const pair of pairs) {
    const tools = (await Promise.all(pair.map((slug) => getToolDetail(slug)))) as ToolDetail[];
    const response = await page.goto(comparisonPath(pair));
    expect(response!.status(), pair.join(" vs ")).toBe(200);
    await expectNoEmptyCells(page);
    const startingPrices = await page.locator('tr[data-row="Starting price"] td').allInnerTexts();
    expect(startingPrices, "a starting price shows exactly where the data has one").toEqual(
      tools.map((tool) => (tool.prices.some((price) => price.isStarting) ? expect.stringMatching(/^\S+ per /) : "—")),
    );
    for (const tool of tools) {
      const section = page.getByRole("region", { name: `${tool.name}: ${tool.capabilities.length} capabilities` });
      await expect(section.locator("ol > li").first()).toContainText(tool.capabilities[0]!.title);
      const hidden = tool.capabilities.length - 3;
      if (hidden > 0) await expect(section.getByText(`+${hidden} more capabilities`)).toBeAttached();
    }
    if (tools.some((tool) => tool.rank !== null)) await expect(page.getByTestId("verdict")).toContainText(/\d+\/100/);
  }
});
