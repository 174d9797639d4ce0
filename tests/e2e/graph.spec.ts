import type { Page } from "@playwright/test";
import { alternativesFor } from "@/lib/matching/alternatives";
import { createPrismaClient, setDb } from "@/lib/db/client";
import { NEIGHBOURHOOD_SIZE } from "@/lib/graph/neighbourhood";
import { e2eDatabaseUrl } from "./support/e2e-database";
import { expect, test } from "./support/fixtures";

const CENTRE = "dreambooth-stable-diffusion";
/** A string only the Cytoscape bundle contains. */
const CYTOSCAPE_MARKER = "cytoscape_container";

test.beforeAll(() => setDb(createPrismaClient(e2eDatabaseUrl(), 2)));

/** Where a node is drawn, in page coordinates (read from the Cytoscape instance Cytoscape keeps on its container). */
async function nodePosition(page: Page, slug: string): Promise<{ x: number; y: number }> {
  const canvas = page.locator("[data-graph-state]");
  const box = (await canvas.boundingBox())!;
  const position = await canvas.evaluate((element, id) => {
    const registry = (element as HTMLElement & { _cyreg?: { cy: { $id(id: string): { renderedPosition(): { x: number; y: number } } } } })._cyreg;
    return registry!.cy.$id(id).renderedPosition();
  }, slug);
  return { x: box.x + position.x, y: box.y + position.y };
}

async function scriptsLoadedBy(page: Page, path: string): Promise<string[]> {
  const bodies: Promise<string>[] = [];
  const listener = (response: import("@playwright/test").Response) => {
    if (response.request().resourceType() === "script") bodies.push(response.text());
  };
  page.on("response", listener);
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  page.off("response", listener);
  return Promise.all(bodies);
}

test("draws the neighbourhood beside a list of the same tools, and a click on a tool re-centres on it", async ({ page }) => {
  const neighbours = await alternativesFor(CENTRE, NEIGHBOURHOOD_SIZE);
  await page.goto(`/graph/${CENTRE}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("in the match graph");
  const list = page.getByTestId("neighbour-list").getByRole("listitem");
  await expect(list).toHaveCount(neighbours.length);
  await expect(list.first()).toContainText(`${neighbours[0]!.weight} shared`);
  await expect(page.getByRole("img", { name: /Match graph of/ })).toHaveAttribute("data-graph-state", "ready");

  const target = neighbours[0]!;
  const { x, y } = await nodePosition(page, target.slug);
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(`/graph/${target.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${target.name} in the match graph`);
  await expect(page.getByRole("img", { name: /Match graph of/ })).toHaveAttribute("data-graph-state", "ready");
});

test("the list view works without JavaScript", async ({ browser, consoleWatch }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  consoleWatch.watch(context);
  const page = await context.newPage();
  await page.goto(`/graph/${CENTRE}`);
  const neighbours = await alternativesFor(CENTRE, NEIGHBOURHOOD_SIZE);
  await expect(page.getByTestId("neighbour-list").getByRole("listitem")).toHaveCount(neighbours.length);
  await page.getByRole("link", { name: neighbours[1]!.name, exact: true }).click();
  await expect(page).toHaveURL(`/graph/${neighbours[1]!.slug}`);
  await context.close();
});

test("only the graph page downloads the graph library", async ({ page }) => {
  expect((await scriptsLoadedBy(page, `/graph/${CENTRE}`)).some((body) => body.includes(CYTOSCAPE_MARKER))).toBe(true);
  for (const path of [`/tools/${CENTRE}`, "/compare/dreambooth-stable-diffusion-vs-gemini-2-0-flash-lite", "/"]) {
    expect((await scriptsLoadedBy(page, path)).some((body) => body.includes(CYTOSCAPE_MARKER)), path).toBe(false);
  }
});

test("tool and comparison pages link to the graph; unknown tools are a 404", async ({ page, request }) => {
  await page.goto(`/tools/${CENTRE}`);
  await page.getByRole("link", { name: /in the match graph/ }).click();
  await expect(page).toHaveURL(`/graph/${CENTRE}`);
  await page.goto("/compare/dreambooth-stable-diffusion-vs-gemini-2-0-flash-lite");
  await expect(page.getByRole("link", { name: /in the match graph/ })).toHaveCount(2);

  expect((await request.get("/graph/no-such-tool")).status()).toBe(404);
  const upper = await request.get(`/graph/${CENTRE.toUpperCase()}`, { maxRedirects: 0 });
  expect(upper.status()).toBe(308);
  expect(upper.headers()["location"]).toContain(`/graph/${CENTRE}`);
});
