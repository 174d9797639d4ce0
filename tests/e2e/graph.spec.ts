import { alternativesFor } from "@/lib/matching/alternatives";
import { createPrismaClient, setDb } from "@/lib/db/client";
import { NEIGHBOURHOOD_SIZE } from "@/lib/graph/neighbourhood";
import { e2eDatabaseUrl } from "./support/e2e-database";
import { expect, test } from "./support/fixtures";

const CENTRE = "dreambooth-stable-diffusion";

test.beforeAll(() => setDb(createPrismaClient(e2eDatabaseUrl(), 2)));

test("draws the neighbourhood as a map beside a list of the same tools in the same order; a click re-centres it", async ({ page }) => {
  const neighbours = await alternativesFor(CENTRE, NEIGHBOURHOOD_SIZE);
  await page.goto(`/graph/${CENTRE}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("in the match graph");
  const map = page.getByTestId("graph-map");
  await expect(map).toBeVisible();
  const drawn = await map.locator("a[data-node]").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-node")));
  const listed = await page.locator("[data-testid=neighbour-list] li").evaluateAll((items) => items.map((item) => item.getAttribute("data-slug")));
  expect(drawn).toEqual([CENTRE, ...listed]);
  expect(new Set(listed)).toEqual(new Set(neighbours.map((n) => n.slug)));
  await expect(page.locator(`[data-testid=neighbour-list] li[data-slug="${neighbours[0]!.slug}"]`)).toContainText(neighbours[0]!.reason);

  const target = neighbours[0]!;
  await map.locator(`a[data-node="${target.slug}"] circle`).click();
  await expect(page).toHaveURL(`/graph/${target.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${target.name} in the match graph`);
});

test("the map and the list work without JavaScript, and the page ships no graph library", async ({ browser, consoleWatch }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  consoleWatch.watch(context);
  const page = await context.newPage();
  await page.goto(`/graph/${CENTRE}`);
  const neighbours = await alternativesFor(CENTRE, NEIGHBOURHOOD_SIZE);
  await expect(page.getByTestId("graph-map").locator("a[data-node]")).toHaveCount(neighbours.length + 1);
  await expect(page.locator("[data-testid=neighbour-list] li")).toHaveCount(neighbours.length);
  await page.locator("[data-testid=neighbour-list]").getByRole("link", { name: neighbours[1]!.name, exact: true }).click();
  await expect(page).toHaveURL(`/graph/${neighbours[1]!.slug}`);
  await context.close();
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
