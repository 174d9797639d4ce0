import { expect, test, type APIRequestContext } from "@playwright/test";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { getNeighbours } from "@/lib/catalog/queries";
import { comparisonPath } from "@/lib/compare-url";
import { createPrismaClient, db, setDb } from "@/lib/db/client";
import { readMatchCounts } from "@/lib/matching/counts";
import { comparisonKey } from "@/lib/matching/record-view";
import { e2eDatabaseUrl } from "./support/e2e-database";

// Whisper and its closest tool: a pair no other end-to-end test opens (so its
// counts are this file's alone) and that Whisper's page links to.
const TOOL = "whisper";
let PAIR: string[];
let PATH: string;
const PARALLEL_VIEWS = 40;

test.beforeAll(async () => {
  setDb(createPrismaClient(e2eDatabaseUrl(), 2));
  const [closest] = await getNeighbours(TOOL, 1);
  PAIR = [TOOL, closest!.slug].sort();
  PATH = comparisonPath(PAIR);
});

const views = async () => (await db().comparisonView.findUnique({ where: { pairKey: comparisonKey(PAIR) } }))?.views ?? 0;
const counts = () => readMatchCounts(PAIR);

async function expireTags(request: APIRequestContext, tags: string[]) {
  const response = await request.post("/api/revalidate", { headers: { authorization: "Bearer e2e-revalidate-token" }, data: { tags } });
  expect(response.status()).toBe(200);
}

test("every view of a comparison page counts once, even when many arrive at once", async ({ request }) => {
  const [beforeCounts, beforeViews] = [await counts(), await views()];
  const responses = await Promise.all(Array.from({ length: PARALLEL_VIEWS }, () => request.get(PATH)));
  expect(responses.map((response) => response.status())).toEqual(Array(PARALLEL_VIEWS).fill(200));
  // Counting happens after each response is sent.
  await expect.poll(views, { timeout: 10_000 }).toBe(beforeViews + PARALLEL_VIEWS);
  expect(await counts()).toEqual(Object.fromEntries(PAIR.map((slug) => [slug, beforeCounts[slug]! + PARALLEL_VIEWS])));
});

test("crawlers and prefetches are not counted; a client-side navigation is", async ({ page, request }) => {
  const before = await views();
  expect((await request.get(PATH, { headers: { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1)" } })).status()).toBe(200);
  expect((await request.get(PATH, { headers: { "sec-purpose": "prefetch" } })).status()).toBe(200);

  // The tool page shows a link to the pair, which the router prefetches; following it is one view.
  const prefetches: string[] = [];
  page.on("request", (sent) => {
    if (sent.headers()["next-router-prefetch"] && new URL(sent.url()).pathname === PATH) prefetches.push(sent.url());
  });
  await page.goto(`/tools/${TOOL}`);
  const link = page.locator(`a[href="${PATH}"]`).first();
  await expect(link).toBeVisible();
  await expect.poll(() => prefetches.length).toBeGreaterThan(0);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1000);
  expect(await views()).toBe(before);
  await link.click();
  await expect(page).toHaveURL(PATH);
  await expect.poll(views, { timeout: 10_000 }).toBe(before + 1);
  await page.waitForTimeout(1000);
  expect(await views()).toBe(before + 1);
});

test("the comparison table, the tool page and the home page show the counts", async ({ page, request }) => {
  await expireTags(request, [CACHE_TAGS.matchCounts, CACHE_TAGS.catalogue]);
  const shown = await counts();
  await page.goto(PATH);
  const cells = await page.locator('tr[data-row="Times matched"] td').allInnerTexts();
  expect(cells.map((text) => text.replace(/\s*leads$/, ""))).toEqual(PAIR.map((slug) => shown[slug]!.toLocaleString("en-US")));

  await expect.poll(async () => (await counts())[PAIR[0]!]).toBe(shown[PAIR[0]!]! + 1);
  await expireTags(request, [CACHE_TAGS.matchCounts]);
  await page.goto(`/tools/${PAIR[0]}`);
  const row = page.locator("dt", { hasText: "Times matched" }).locator("xpath=following-sibling::dd[1]");
  await expect(row).toHaveText((shown[PAIR[0]!]! + 1).toLocaleString("en-US"));

  // The most-viewed comparison leads the home page's list.
  await page.goto("/");
  const first = page.getByRole("region", { name: "Comparisons worth opening" }).getByRole("listitem").first();
  await expect(first.getByRole("link")).toHaveAttribute("href", PATH);
  await expect(first).toContainText(/\d+ views/);
});
