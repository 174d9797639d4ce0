import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { comparisonPath, toolPath } from "@/lib/compare-url";
import { createPrismaClient, setDb } from "@/lib/db/client";
import { getKindStanding, getToolDetail } from "@/lib/catalog/queries";
import { kindStandingText, noEvidenceText } from "@/lib/scoring/display";
import { buildSignal, buildTool, uniqueSlug } from "../support/factories";
import { e2eDatabaseUrl } from "./support/e2e-database";
import { addToolsToServer } from "./support/fixtures-data";
import { expect, test } from "./support/fixtures";

// Tools of this test's own, with modest signals and tags nobody else carries,
// so they never become the best of their kind and move no other tool's scores.
const tag = uniqueSlug("rank-tag");
const evidenced = buildTool({ name: "Evidenced Model", kind: "model", signals: [buildSignal({ kind: "github_stars", value: 10 }), buildSignal({ kind: "arena_elo", value: 1050 }), buildSignal({ kind: "sdk_languages", value: 1 })] }, [tag]);
const unknown = buildTool({ name: "Unknown Model", kind: "model" }, [tag]);
const library = buildTool({ name: "Small Library", kind: "library", category: "ml-library", signals: [buildSignal({ kind: "github_stars", value: 10 })] }, [tag]);
const PAIR = comparisonPath([evidenced.slug, unknown.slug]);
const TRIO = comparisonPath([evidenced.slug, unknown.slug, library.slug]);

test.beforeAll(async ({ request }) => {
  setDb(createPrismaClient(e2eDatabaseUrl(), 2));
  await addToolsToServer(request, [evidenced, unknown, library]);
});

const row = (page: Page, label: string) => page.locator(`tr[data-row="${label}"]`);

test("a sub-score without evidence reads “no data”, explained on focus and to screen readers, and never leads", async ({ page }) => {
  await page.goto(PAIR);
  const adoption = row(page, "Adoption");
  const cell = adoption.locator("td").nth([evidenced.slug, unknown.slug].sort().indexOf(unknown.slug));
  const marker = cell.locator("[data-no-data]");
  await expect(marker).toHaveText(new RegExp(`^no data${noEvidenceText("adoption", unknown.name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  await expect(cell.locator(".no-data-why")).not.toBeInViewport();
  await marker.focus();
  await expect(cell.locator(".no-data-why")).toBeVisible();
  // Only one tool has adoption evidence: nothing to compare, so no leader; the provisional Rank leads nothing either.
  await expect(adoption.locator("td[data-leader]")).toHaveCount(0);
  await expect(row(page, "Rank").locator("td[data-leader]")).toHaveCount(0);
  await expect(row(page, "Rank")).toContainText("provisional");
  await expect(page.getByTestId("verdict")).toContainText(`No evidence on adoption, quality, ecosystem or freshness for ${unknown.name}.`);
  const stored = (await getToolDetail(evidenced.slug))!;
  await expect(row(page, "Rank")).toContainText(`likely ${stored.scores!.rankLow}–${stored.scores!.rankHigh}, based on 5 of 5 dimensions`);
});

test("a comparison across kinds says so in the table and the verdict", async ({ page }) => {
  await page.goto(TRIO);
  await expect(page.getByRole("note")).toContainText("These are different kinds of tool (model and library)");
  await expect(row(page, "Scored among")).toBeVisible();
  await expect(page.getByTestId("verdict")).toContainText("each is scored against its own kind");
  await page.goto(PAIR);
  await expect(row(page, "Scored among")).toHaveCount(0);
});

test("the tool page gives the place within its kind and draws the score history without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(toolPath(evidenced.slug));
  await expect(page.locator("[data-kind-standing]")).toHaveText(kindStandingText((await getKindStanding(evidenced.slug))!));
  await expect(page.locator('svg[data-chart="score-history"]')).toHaveAttribute("aria-label", /^Rank history from /);
  await context.close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the comparison table stays readable at 360 px and axe finds nothing (${colorScheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme });
    for (const path of [PAIR, TRIO]) {
      await page.goto(path);
      // No word may spill out of (or be broken inside) its cell: every cell is at least as wide as its longest word.
      const overflowing = await page.locator(".comparison-table :is(th, td)").evaluateAll((cells) =>
        cells.filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => cell.textContent),
      );
      expect(overflowing).toEqual([]);
      await expect(page.locator('.comparison-table th[scope="row"]').first()).toHaveCSS("position", "sticky");
      // Two tools fit the screen as a plain table; three or four scroll sideways behind the sticky labels.
      const scrolls = await page.locator(".comparison-table").evaluate((table) => table.parentElement!.scrollWidth > table.parentElement!.clientWidth);
      expect(scrolls).toBe(path === TRIO);
      const results = await new AxeBuilder({ page }).include(".comparison-table").analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  });
}
