import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

const DREAMBOOTH = "dreambooth-stable-diffusion";

const results = (page: Page) => page.getByTestId("search-hit");

test("search by a need in plain words, filter by a facet, open a result", async ({ page }) => {
  await page.goto("/search");
  await page.getByRole("combobox", { name: /Describe what you need/ }).fill("fine-tune an image model on 5 photos of my dog");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=fine-tune\+an\+image\+model/);
  await expect(results(page).first()).toHaveAttribute("data-slug", DREAMBOOTH);
  await expect(results(page).first().locator("mark").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Results" }).getByRole("status")).toContainText("most relevant first");

  const facets = page.getByRole("navigation", { name: "Narrow the results" });
  const library = facets.getByRole("link", { name: /^Filter by Library \((\d+)\)$/ });
  const expected = Number((await library.getAttribute("aria-label"))!.match(/\((\d+)\)/)![1]);
  await library.click();
  await expect(page).toHaveURL(/kind=library/);
  await expect(results(page)).toHaveCount(expected);
  for (const text of await results(page).allInnerTexts()) expect(text).toContain("Library ·");
  await expect(facets.getByRole("link", { name: /^Remove filter Library/ })).toHaveAttribute("aria-current", "true");

  const first = results(page).first();
  const slug = (await first.getAttribute("data-slug"))!;
  await first.getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(`/tools/${slug}`);
});

test("the search box suggests as you type: an ARIA combobox driven by the keyboard, announced in a live region", async ({ page, request }) => {
  const { items } = (await (await request.get("/api/v1/tools?sort=rank")).json()) as { items: { slug: string; name: string }[] };
  const tool = items.find((item) => /^[A-Za-z]{4,}/.test(item.name.split(/[: ]+/).at(-1)!))!;
  const typed = tool.name.split(/[: ]+/).at(-1)!.slice(0, 4);
  await page.goto("/search");
  await expect(page.locator("[data-ready=true]").filter({ has: page.getByRole("combobox") })).toBeVisible();
  const box = page.getByRole("combobox", { name: /Describe what you need/ });
  await box.pressSequentially(typed);
  const list = page.getByRole("listbox", { name: "Suggestions" });
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const option = list.getByRole("option", { name: new RegExp(tool.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
  await expect(option).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /suggestions?: use the arrow keys/ })).toBeVisible();
  const id = await option.getAttribute("id");
  for (let step = 0; step < 20 && (await box.getAttribute("aria-activedescendant")) !== id; step++) await box.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await box.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await box.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-expanded", "true");
  for (let step = 0; step < 20 && (await box.getAttribute("aria-activedescendant")) !== id; step++) await box.press("ArrowDown");
  await box.press("Enter");
  await expect(page).toHaveURL(`/tools/${tool.slug}`);
});

test("suggestions API: tools, capabilities and tags for a prefix; a missing prefix is a 400 naming it", async ({ request }) => {
  const bad = await request.get("/api/v1/suggest");
  expect(bad.status()).toBe(400);
  expect(JSON.stringify(await bad.json())).toContain('"field":"q"');
  const { items } = (await (await request.get("/api/v1/tools?sort=rank")).json()) as { items: { slug: string; name: string }[] };
  const body = (await (await request.get(`/api/v1/suggest?q=${encodeURIComponent(items[0]!.name)}`)).json()) as { tools: { slug: string; path: string }[]; capabilities: unknown[]; tags: unknown[] };
  expect(body.tools.map((tool) => tool.slug)).toContain(items[0]!.slug);
  expect(body.tools.find((tool) => tool.slug === items[0]!.slug)!.path).toBe(`/tools/${items[0]!.slug}`);
  expect(Array.isArray(body.capabilities) && Array.isArray(body.tags)).toBe(true);
});

test("typos still find the tool, and nonsense gets a helpful page", async ({ page }) => {
  await page.goto("/search?q=dream+booth");
  await expect(results(page).first()).toHaveAttribute("data-slug", DREAMBOOTH);
  const response = await page.goto("/search?q=xqzvwkpl");
  expect(response!.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Nothing matches “xqzvwkpl”" })).toBeVisible();
  await page.getByRole("list", { name: "Example searches" }).getByRole("link").first().click();
  await expect(results(page).first()).toBeVisible();
});

test("from a tool page to all its alternatives, then to a comparison in one click", async ({ page }) => {
  await page.goto(`/tools/${DREAMBOOTH}`);
  await page.getByRole("link", { name: /See all alternatives to/ }).click();
  await expect(page).toHaveURL(`/search?like=${DREAMBOOTH}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alternatives to Dreambooth-Stable-Diffusion");
  const first = results(page).first();
  const slug = (await first.getAttribute("data-slug"))!;
  await expect(first).toContainText("Shares");
  await first.getByRole("link", { name: "Compare with Dreambooth-Stable-Diffusion" }).click();
  await expect(page).toHaveURL(`/compare/${[DREAMBOOTH, slug].sort().join("-vs-")}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Dreambooth-Stable-Diffusion");
});

test("the comparison's match-graph link starts from both tools' capabilities", async ({ page }) => {
  await page.goto(`/compare/${DREAMBOOTH}-vs-gemini-2-0-flash-lite`);
  await page.getByRole("link", { name: /Search the match graph/ }).click();
  await expect(page).toHaveURL(/\/search\?from=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tools sharing capabilities with Dreambooth-Stable-Diffusion and Google: Gemini 2.0 Flash Lite");
  const slugs = await results(page).evaluateAll((hits) => hits.map((hit) => hit.getAttribute("data-slug")));
  expect(slugs.length).toBeGreaterThan(5);
  expect(slugs).not.toContain(DREAMBOOTH);
  await expect(page.getByRole("navigation", { name: "Narrow the results" }).getByRole("link", { name: /^Filter by Model/ })).toBeVisible();
});

test("works without JavaScript: the form, facet links and pagination are plain HTML", async ({ browser, consoleWatch }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  consoleWatch.watch(context);
  const page = await context.newPage();
  await page.goto("/search");
  await page.getByRole("searchbox").fill("vector database");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=vector\+database/);
  await page.getByRole("navigation", { name: "Narrow the results" }).getByRole("link", { name: /^Filter by Has a free tier/ }).click();
  await expect(page).toHaveURL(/free=yes/);
  await expect(results(page).first()).toBeVisible();
  await page.goto("/search");
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL("/search?page=2");
  await context.close();
});

test("search pages: metadata, and screenshots at 360 px and 1280 px without sideways scrolling", async ({ page }) => {
  await page.goto("/search?q=speech+to+text&kind=api");
  await expect(page).toHaveTitle(/Search: speech to text/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/search\?q=speech\+to\+text&kind=api$/);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, url] of [["text", "/search?q=speech+to+text&kind=api"], ["alternatives", `/search?like=${DREAMBOOTH}`]]) {
      await page.goto(url!);
      await expect(results(page).first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `tests/e2e/screenshots/search-${name}-${width}.png`, fullPage: true });
    }
  }
});

test("on a phone the facets fold away above the results and open with a tap", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/search?q=vector+database&free=yes");
  const facets = page.getByRole("navigation", { name: "Narrow the results" });
  await expect(facets).toBeHidden();
  await expect(results(page).first()).toBeInViewport();
  await page.getByText("Narrow the results (1 on)").click();
  await expect(facets.getByRole("link", { name: /^Remove filter Has a free tier/ })).toBeVisible();
});
