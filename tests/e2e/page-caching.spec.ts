import type { APIResponse } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { NOT_FOUND_CACHE_CONTROL, PAGE_CACHE_CONTROL } from "@/lib/cache/http-headers";
import { tagsForToolChange } from "@/lib/cache/tags";
import { REPLAY_HEADER } from "@/lib/server/page-replay";

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

const run = Date.now().toString(36);

test("once Next has served a page from its cache, the same bytes and headers are replayed without it until the page changes", async ({ request }) => {
  const transient = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", REPLAY_HEADER]);
  const pageHeaders = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).filter(([name]) => !transient.has(name)));
  const variantOf = (path: string) => ({ "accept-encoding": `identity, x-${run}-${encodeURIComponent(path)}` });
  for (const path of PAGES) {
    // A request variant of its own (replays are kept per Accept-Encoding), so the first answer is Next's.
    const variant = variantOf(path);
    // Next's own answer from its cache: the one the replay is made of.
    let fromNext: APIResponse | undefined;
    await expect
      .poll(
        async () => {
          const response = await request.get(path, { headers: variant });
          if (response.headers()["x-nextjs-cache"] === "HIT" && response.headers()[REPLAY_HEADER] === undefined) fromNext = response;
          return fromNext !== undefined;
        },
        { message: path },
      )
      .toBe(true);
    if (!fromNext) throw new Error(`${path}: Next never answered from its cache`);
    const replayed = await request.get(path, { headers: variant });
    expect(replayed.headers()[REPLAY_HEADER], path).toBe("hit");
    expect(pageHeaders(replayed.headers()), path).toEqual(pageHeaders(fromNext.headers()));
    expect((await replayed.body()).equals(await fromNext.body()), path).toBe(true);
    const head = await request.head(path, { headers: variant });
    expect([head.headers()[REPLAY_HEADER], head.headers()["content-length"], (await head.body()).length], path).toEqual(["hit", String((await fromNext.body()).length), 0]);
  }
  // What the client router asks for is Next's to answer.
  const rsc = await request.get("/tools/vllm", { headers: { rsc: "1" } });
  expect(rsc.headers()[REPLAY_HEADER]).toBeUndefined();
  expect(rsc.headers()["content-type"]).toContain("text/x-component");

  const revalidated = await request.post("/api/revalidate", { headers: { authorization: "Bearer e2e-revalidate-token" }, data: { tags: tagsForToolChange("vllm") } });
  expect(revalidated.status()).toBe(200);
  const afterEdit = await request.get("/tools/vllm", { headers: variantOf("/tools/vllm") });
  expect(afterEdit.status()).toBe(200);
  expect(afterEdit.headers()[REPLAY_HEADER]).toBeUndefined();
});

test("every spelling of a catalogue filter state shares one cached page", async ({ request }) => {
  await request.get("/tools?free=yes&kind=model");
  const respelled = await request.get("/tools?kind=model&free=yes&sort=rank&page=1&unknown=1");
  expect(respelled.headers()["x-nextjs-cache"]).toBe("HIT");
});

test("unknown tools and pages past the end of the catalogue are a briefly cacheable 404, redirects are permanent, the beacon is never stored", async ({ request }) => {
  const missing = await request.get("/tools/no-such-tool-yet");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["cache-control"]).toBe(NOT_FOUND_CACHE_CONTROL);
  expect(await missing.text()).toContain("We could not find that");
  const pastTheLastPage = await request.get("/tools?page=9999");
  expect(pastTheLastPage.status()).toBe(404);
  expect(pastTheLastPage.headers()["cache-control"]).toBe(NOT_FOUND_CACHE_CONTROL);

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
