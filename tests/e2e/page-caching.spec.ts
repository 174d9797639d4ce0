import { expect, test } from "./support/fixtures";
import { NOT_FOUND_CACHE_CONTROL, PAGE_CACHE_CONTROL } from "@/lib/cache/http-headers";

const PAGES = [
  "/",
  "/tools",
  "/tools?kind=model&sort=name",
  "/tools/vllm",
  "/compare/dreambooth-stable-diffusion-vs-gemini-2-0-flash-lite",
  "/graph/vllm",
  "/capabilities",
  "/methodology",
];

test("content pages are rendered once, then served from the page cache with a public Cache-Control", async ({ request }) => {
  for (const path of PAGES) {
    await request.get(path);
    // An entry an earlier test left stale is served stale while it renders again in the background: then it is a hit.
    await expect.poll(async () => (await request.get(path)).headers()["x-nextjs-cache"], { message: path }).toBe("HIT");
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["x-nextjs-cache"], path).toBe("HIT");
    expect(response.headers()["cache-control"], path).toBe(PAGE_CACHE_CONTROL);
  }
});

test("every spelling of a catalogue filter state shares one cached page", async ({ request }) => {
  await request.get("/tools?free=yes&kind=model");
  const respelled = await request.get("/tools?kind=model&free=yes&sort=rank&page=1&unknown=1");
  expect(respelled.headers()["x-nextjs-cache"]).toBe("HIT");
});

test("unknown tools are a briefly cacheable 404, redirects are permanent, the beacon is never stored", async ({ request }) => {
  const missing = await request.get("/tools/no-such-tool-yet");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["cache-control"]).toBe(NOT_FOUND_CACHE_CONTROL);
  expect(await missing.text()).toContain("We could not find that");

  const redirect = await request.get("/compare/gemini-2-0-flash-lite-vs-dreambooth-stable-diffusion", { maxRedirects: 0 });
  expect(redirect.status()).toBe(308);
  expect(redirect.headers().location).toBe("/compare/dreambooth-stable-diffusion-vs-gemini-2-0-flash-lite");

  const beacon = await request.head("/api/views/dreambooth-stable-diffusion-vs-gemini-2-0-flash-lite");
  expect(beacon.headers()["cache-control"]).toBe("no-store");
});

test("the sitemap lists tools and comparisons", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(xml).toContain("<urlset");
  expect(xml).toContain("/tools/vllm</loc>");
  expect(xml).toMatch(/\/compare\/[a-z0-9-]+-vs-[a-z0-9-]+<\/loc>/);
});
