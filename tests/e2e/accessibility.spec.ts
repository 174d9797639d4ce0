import AxeBuilder from "@axe-core/playwright";
import { comparisonPath, graphPath, toolPath } from "@/lib/compare-url";
import { createPrismaClient, setDb } from "@/lib/db/client";
import { buildSignal, buildTool, uniqueSlug } from "../support/factories";
import { e2eDatabaseUrl } from "./support/e2e-database";
import { addToolsToServer } from "./support/fixtures-data";
import { expect, test } from "./support/fixtures";

// Every public page, in light and dark mode, through axe (WCAG 2 A and AA
// rules): pages with tools of this test's own, so the catalogue can change.
const tag = uniqueSlug("a11y-tag");
const first = buildTool({ name: "Axe Model One", signals: [buildSignal({ kind: "github_stars", value: 5 })] }, [tag]);
const second = buildTool({ name: "Axe Model Two" }, [tag]);

const PAGES = [
  "/",
  "/tools",
  toolPath(first.slug),
  comparisonPath([first.slug, second.slug]),
  "/search?q=axe+model",
  graphPath(first.slug),
  "/capabilities",
  "/methodology",
];

test.beforeAll(async ({ request }) => {
  setDb(createPrismaClient(e2eDatabaseUrl(), 2));
  await addToolsToServer(request, [first, second]);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violation on any public page (${colorScheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      for (const violation of results.violations) found.push(`${path} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 5).join(" | ")}`);
    }
    expect(found).toEqual([]);
  });
}
