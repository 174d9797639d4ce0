// The walk of the real catalogue (seeds/): every tool page and a spread of
// comparison pages — pairs, pairs with a retired or deprecated tool, and
// 4-way comparisons — rendered by a production server of its own, so the
// other end-to-end tests can keep to the fixed test catalogue.
import type { Page } from "@playwright/test";
import { getToolDetail, listTools } from "@/lib/catalog/queries";
import { alternativesFor } from "@/lib/matching/alternatives";
import type { ToolDetail } from "@/lib/catalog/types";
import { comparisonPath, MAX_COMPARED, toolPath } from "@/lib/compare-url";
import { createPrismaClient, setDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { catalogueQuerySchema } from "@/lib/schemas/catalogue-query";
import { scratchDatabase, startServer, type ScratchDatabase, type Server } from "../support/app-server";
import { expect, test } from "./support/fixtures";

const BASE = Number(process.env.E2E_PORT ?? 3210);
const MIN_COMPARISONS = 60;
test.describe.configure({ timeout: 600_000 });

let database: ScratchDatabase;
let prisma: PrismaClient;
let server: Server;
let tools: ToolDetail[];
let comparisons: string[][];

/** Pairs of neighbours, every pair with a winding-down tool and its successor, and 4-way groups of neighbours: at least MIN_COMPARISONS. */
async function chooseComparisons(details: ToolDetail[]): Promise<string[][]> {
  const seen = new Set<string>();
  const chosen: string[][] = [];
  const add = (slugs: string[]) => {
    const key = [...new Set(slugs)].sort().join();
    if (slugs.length < 2 || seen.has(key)) return;
    seen.add(key);
    chosen.push(key.split(","));
  };
  for (const tool of details.filter((detail) => detail.lifecycle.value !== "active" && detail.lifecycle.value !== "preview")) {
    const partner = tool.lifecycle.successor?.slug ?? (await alternativesFor(tool.slug, 1))[0]?.slug;
    if (partner) add([tool.slug, partner]);
  }
  for (const tool of details) {
    if (chosen.length >= MIN_COMPARISONS * 1.5) break;
    const neighbours = (await alternativesFor(tool.slug, MAX_COMPARED - 1)).map((neighbour) => neighbour.slug);
    if (neighbours[0]) add([tool.slug, neighbours[0]]);
    if (neighbours.length === MAX_COMPARED - 1 && chosen.filter((group) => group.length === MAX_COMPARED).length < 12) add([tool.slug, ...neighbours]);
  }
  return chosen;
}

test.beforeAll(async () => {
  // Seeding the real catalogue into a template the first time (a fresh machine), then a server: minutes on a busy 2-core machine.
  test.setTimeout(300_000);
  database = await scratchDatabase(`toolmatch_e2e_walk_${BASE}`, 0, "real");
  prisma = createPrismaClient(database.url, 2);
  setDb(prisma);
  server = await startServer(BASE + 6, { DATABASE_URL: database.url });
  const slugs = (await listTools(catalogueQuerySchema.parse({ status: "all" }), 10_000)).items.map((tool) => tool.slug);
  tools = (await Promise.all(slugs.map((slug) => getToolDetail(slug)))).filter((tool): tool is ToolDetail => tool !== null);
  comparisons = await chooseComparisons(tools);
});

test.afterAll(async () => {
  await server?.stop();
  await prisma?.$disconnect();
  await database?.drop();
});

async function expectNoEmptyCells(page: Page) {
  const cells = await page.locator("table").first().locator("td").allInnerTexts();
  expect(cells.length).toBeGreaterThan(0);
  for (const text of cells) expect(text.trim()).not.toBe("");
}

const windingDown = (tool: ToolDetail) => ["deprecated", "retired", "archived"].includes(tool.lifecycle.value);

test("the catalogue lists every available tool, and every tool with status=all", async ({ page }) => {
  const available = tools.filter((tool) => tool.lifecycle.value === "active" || tool.lifecycle.value === "preview");
  for (const [first, expected] of [
    ["/tools?sort=name", available.length],
    ["/tools?status=all&sort=name", tools.length],
  ] as const) {
    const seen: string[] = [];
    let next: string | null = first;
    while (next) {
      await page.goto(`${server.origin}${next}`);
      seen.push(...(await page.locator("main ul li h3 a").allInnerTexts()));
      const link = page.getByRole("link", { name: "Next →" });
      next = (await link.count()) ? await link.getAttribute("href") : null;
    }
    expect(seen, first).toHaveLength(expected);
  }
});

/** Text as React writes it into HTML. */
const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

// Over HTTP rather than in the browser, so a catalogue of hundreds of tools is walked in seconds;
// the browser checks of the same page components are in the other specs.
test("every tool page renders its profile, status and capabilities", async ({ request }) => {
  expect(tools.length).toBeGreaterThan(0);
  for (const tool of tools) {
    const response = await request.get(`${server.origin}${toolPath(tool.slug)}`);
    expect(response.status(), tool.slug).toBe(200);
    const html = await response.text();
    expect(html, tool.slug).toContain(`>${escaped(tool.name)}</h1>`);
    expect(html, tool.slug).toContain(`${tool.capabilities.length} capabilities`);
    if (windingDown(tool)) expect(html, tool.slug).toContain(`data-lifecycle="${tool.lifecycle.value}"`);
    if (tool.lifecycle.successor) expect(html, tool.slug).toContain(`href="${toolPath(tool.lifecycle.successor.slug)}"`);
  }
});

test(`at least ${MIN_COMPARISONS} comparisons, retired tools and 4-way ones among them, show their table, capabilities and verdict`, async ({ page }) => {
  expect(comparisons.length).toBeGreaterThanOrEqual(MIN_COMPARISONS);
  const bySlug = new Map(tools.map((tool) => [tool.slug, tool]));
  expect(comparisons.some((group) => group.length === MAX_COMPARED), "a 4-way comparison").toBe(true);
  expect(comparisons.some((group) => group.some((slug) => windingDown(bySlug.get(slug)!))), "a comparison with a retired or deprecated tool").toBe(true);
  for (const group of comparisons) {
    const compared = group.map((slug) => bySlug.get(slug)!);
    const response = await page.goto(`${server.origin}${comparisonPath(group)}`);
    expect(response!.status(), group.join(" vs ")).toBe(200);
    await expectNoEmptyCells(page);
    await expect(page.locator('tr[data-row="Status"] td')).toHaveCount(group.length);
    for (const tool of compared) {
      const section = page.getByRole("region", { name: `${tool.name}: ${tool.capabilities.length} capabilities` });
      await expect(section.locator("ol > li").first()).toContainText(tool.capabilities[0]!.title);
      if (windingDown(tool)) await expect(page.getByTestId("verdict")).toContainText(tool.name);
    }
    await expect(page.getByTestId("verdict")).toBeVisible();
  }
});
