import { tagsForToolChange } from "@/lib/cache/tags";
import { listTools } from "@/lib/catalog/queries";
import { createPrismaClient, setDb } from "@/lib/db/client";
import { catalogueHref, catalogueQuerySchema } from "@/lib/schemas/catalogue-query";
import { applyCatalogue } from "@/lib/seeds/apply";
import { exportCatalogue } from "@/lib/seeds/export";
import { e2eDatabaseUrl } from "./support/e2e-database";
import { expect, test } from "./support/fixtures";

const SLUG = "gemini-2-0-flash-lite";
const PAGES = ["/tools/gemini-2-0-flash-lite", "/compare/dreambooth-stable-diffusion-vs-gemini-2-0-flash-lite"];
const GRAPH = "/graph/gemini-2-0-flash-lite";

test("a change written through lib/ shows on every page of the tool on the next request", async ({ page, request }) => {
  const prisma = createPrismaClient(e2eDatabaseUrl(), 2);
  setDb(prisma);
  const { tags, tools } = await exportCatalogue(prisma);
  const original = tools.find((tool) => tool.slug === SLUG)!;
  const marker = `Renamed capability ${Date.now()}`;

  const models = await listTools(catalogueQuerySchema.parse({ kind: "model", sort: "name" }), 1000);
  const position = models.items.findIndex((tool) => tool.slug === SLUG);
  const cataloguePage = catalogueHref({ kind: "model", sort: "name", page: Math.floor(position / 24) + 1 });

  // Warm the caches with the old data.
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.getByText(original.capabilities[0]!.title).first()).toBeAttached();
  }
  await page.goto(cataloguePage);
  await expect(page.getByText(original.name).first()).toBeVisible();
  // The tool pages' links prefetch the graph page, but not always before the change below: warm it here.
  await page.goto(GRAPH);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${original.name} in the match graph`);

  const changed = { ...original, name: `${original.name} (renamed)`, capabilities: [{ ...original.capabilities[0]!, title: marker }, ...original.capabilities.slice(1)] };
  try {
    await applyCatalogue(prisma, tags, [changed]);
    // Pages are cached whole: until the tags are expired they are served as rendered, old data and all.
    const cached = await page.goto(PAGES[0]!);
    expect(cached!.headers()["x-nextjs-cache"]).toBe("HIT");
    await expect(page.getByText(original.capabilities[0]!.title).first()).toBeAttached();
    await expect(page.getByText(marker)).toHaveCount(0);
    await page.goto(GRAPH);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${original.name} in the match graph`);

    const response = await request.post("/api/revalidate", {
      headers: { authorization: "Bearer e2e-revalidate-token" },
      data: { tags: tagsForToolChange(SLUG) },
    });
    expect(response.status()).toBe(200);

    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.getByText(marker).first()).toBeAttached();
    }
    await page.goto(cataloguePage);
    await expect(page.getByText(changed.name).first()).toBeVisible();
    await page.goto(GRAPH);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${changed.name} in the match graph`);
  } finally {
    await applyCatalogue(prisma, tags, [original]);
    await request.post("/api/revalidate", { headers: { authorization: "Bearer e2e-revalidate-token" }, data: { tags: tagsForToolChange(SLUG) } });
    await prisma.$disconnect();
  }
});

test("the revalidation endpoint refuses a wrong token and a bad body", async ({ request }) => {
  const wrong = await request.post("/api/revalidate", { headers: { authorization: "Bearer nope" }, data: { tags: ["catalogue"] } });
  expect(wrong.status()).toBe(401);
  const bad = await request.post("/api/revalidate", { headers: { authorization: "Bearer e2e-revalidate-token" }, data: { tags: [] } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain("tags: needs at least one tag");
});
