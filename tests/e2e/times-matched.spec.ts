import http from "node:http";
import type { APIRequestContext, Browser } from "@playwright/test";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { alternativesFor } from "@/lib/matching/alternatives";
import { comparisonPath, viewBeaconPath } from "@/lib/compare-url";
import { createPrismaClient, db, setDb } from "@/lib/db/client";
import { readMatchCounts } from "@/lib/matching/counts";
import { comparisonKey } from "@/lib/matching/record-view";
import { e2eDatabaseUrl } from "./support/e2e-database";
import { expect, test } from "./support/fixtures";

// Whisper and its closest tool: a pair no other end-to-end test opens (so its
// counts are this file's alone) and that Whisper's page links to.
const TOOL = "whisper";
let PAIR: string[];
let PATH: string;
let BEACON: string;
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

test.beforeAll(async () => {
  setDb(createPrismaClient(e2eDatabaseUrl(), 2));
  const [closest] = await alternativesFor(TOOL, 1);
  PAIR = [TOOL, closest!.slug].sort();
  PATH = comparisonPath(PAIR);
  BEACON = viewBeaconPath(PATH);
});

const views = async () => (await db().comparisonView.findUnique({ where: { pairKey: comparisonKey(PAIR) } }))?.views ?? 0;
const counts = () => readMatchCounts(PAIR);
/** What a browser sends for the page's <img> beacon. */
const beaconHeaders = (agent = CHROME) => ({ "user-agent": agent, "sec-fetch-site": "same-origin" });

/**
 * A request from another loopback address (127.x.y.z all reach the server on
 * 127.0.0.1), so the server sees a different client on the socket itself: the
 * only address it believes without a trusted proxy.
 */
function requestFrom(address: string, path: string, headers: Record<string, string>, method = "GET"): Promise<number> {
  const port = Number(new URL(test.info().project.use.baseURL!).port);
  return new Promise((resolve, reject) => {
    const sent = http.request({ host: "127.0.0.1", port, path, method, headers, localAddress: address, agent: false }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    sent.on("error", reject);
    sent.end();
  });
}

async function inBatches(total: number, size: number, send: (index: number) => Promise<number>) {
  const statuses: number[] = [];
  for (let start = 0; start < total; start += size) {
    statuses.push(...(await Promise.all(Array.from({ length: Math.min(size, total - start) }, (_, offset) => send(start + offset)))));
  }
  return statuses;
}

async function expireTags(request: APIRequestContext, tags: string[]) {
  const response = await request.post("/api/revalidate", { headers: { authorization: "Bearer e2e-revalidate-token" }, data: { tags } });
  expect(response.status()).toBe(200);
}

test("1,000 views from one client count once; 300 visitors at once count 300 times", async () => {
  test.setTimeout(120_000);
  const [beforeCounts, beforeViews] = [await counts(), await views()];
  // X-Forwarded-For is the client's own say, so a new value on each request changes nothing.
  const once = await inBatches(1000, 50, (index) => requestFrom("127.0.0.50", BEACON, { ...beaconHeaders(), "x-forwarded-for": `198.51.100.${index % 250}` }));
  expect(new Set(once)).toEqual(new Set([200]));
  await expect.poll(views).toBe(beforeViews + 1);

  const many = await inBatches(300, 100, (index) => requestFrom(`127.1.${Math.floor(index / 200)}.${(index % 200) + 1}`, BEACON, beaconHeaders()));
  expect(new Set(many)).toEqual(new Set([200]));
  await expect.poll(views).toBe(beforeViews + 301);
  expect(await counts()).toEqual(Object.fromEntries(PAIR.map((slug) => [slug, beforeCounts[slug]! + 301])));
});

test("HEAD, crawlers, prefetches, other sites and unknown comparisons are not counted", async () => {
  const before = await views();
  const from = (path: string, headers: Record<string, string>, method = "GET") => requestFrom("127.0.0.60", path, headers, method);
  expect(await from(BEACON, beaconHeaders(), "HEAD")).toBe(200);
  expect(await from(BEACON, beaconHeaders("Mozilla/5.0 (compatible; Googlebot/2.1)"))).toBe(200);
  expect(await from(BEACON, { ...beaconHeaders(), "sec-purpose": "prefetch;prerender" })).toBe(200);
  expect(await from(BEACON, { ...beaconHeaders(), "sec-fetch-site": "cross-site" })).toBe(200);
  expect(await from(BEACON, { "user-agent": CHROME })).toBe(200);
  expect(await from(viewBeaconPath(comparisonPath([TOOL, "no-such-tool"])), beaconHeaders())).toBe(404);
  expect(await from(viewBeaconPath(comparisonPath(PAIR).replace(/^\/compare\/(.+)-vs-(.+)$/, "/compare/$2-vs-$1")), beaconHeaders())).toBe(404);
  // A counted view of the page itself (the HTML) counts nothing: only the beacon does.
  expect(await from(PATH, { "user-agent": CHROME })).toBe(200);
  expect(await requestFrom("127.0.0.61", BEACON, beaconHeaders())).toBe(200);
  await expect.poll(views).toBe(before + 1);
});

async function visit(browser: Browser, agent: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ userAgent: agent, javaScriptEnabled });
  const page = await context.newPage();
  return { context, page };
}

test("a browser's view counts through the image beacon, with JavaScript and without; a router prefetch does not", async ({ browser }) => {
  const before = await views();
  const withoutJs = await visit(browser, `${CHROME} no-js`, false);
  await withoutJs.page.goto(PATH);
  await expect.poll(views).toBe(before + 1);
  await withoutJs.context.close();

  // The tool page links to the pair, which the router prefetches; only following the link is a view.
  const withJs = await visit(browser, `${CHROME} js`, true);
  const prefetches: string[] = [];
  withJs.page.on("request", (sent) => {
    if (sent.headers()["next-router-prefetch"] && new URL(sent.url()).pathname === PATH) prefetches.push(sent.url());
  });
  await withJs.page.goto(`/tools/${TOOL}`);
  const link = withJs.page.locator(`a[href="${PATH}"]`).first();
  await expect(link).toBeVisible();
  await expect.poll(() => prefetches.length).toBeGreaterThan(0);
  await withJs.page.waitForLoadState("networkidle");
  expect(await views()).toBe(before + 1);
  const beacon = withJs.page.waitForResponse((response) => new URL(response.url()).pathname === BEACON);
  await link.click();
  await expect(withJs.page).toHaveURL(PATH);
  expect((await beacon).status()).toBe(200);
  await expect.poll(views).toBe(before + 2);
  await withJs.context.close();
});

test("the comparison table, the tool page and the home page show the counts once their cache refreshes", async ({ page, request }) => {
  await expireTags(request, [CACHE_TAGS.matchCounts, CACHE_TAGS.catalogue]);
  const shown = await counts();
  await page.goto(PATH);
  const cells = await page.locator('tr[data-row="Times matched"] td').allInnerTexts();
  expect(cells.map((text) => text.replace(/\s*leads$/, ""))).toEqual(PAIR.map((slug) => shown[slug]!.toLocaleString("en-US")));

  await page.goto(`/tools/${PAIR[0]}`);
  const row = page.locator("dt", { hasText: "Times matched" }).locator("xpath=following-sibling::dd[1]");
  await expect(row).toHaveText((await counts())[PAIR[0]!]!.toLocaleString("en-US"));

  // Read from 300 addresses above, the pair leads the home page's list.
  await page.goto("/");
  const first = page.getByRole("region", { name: "Comparisons worth opening" }).getByRole("listitem").first();
  await expect(first.getByRole("link")).toHaveAttribute("href", PATH);
  await expect(first).toContainText(/\d+ views/);
});
