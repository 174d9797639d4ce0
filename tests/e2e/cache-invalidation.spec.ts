import { expect, test } from "@playwright/test";
import { tagsForToolChange } from "@/lib/cache/tags";
import { listTools } from "@/lib/catalog/queries";
import { createPrismaClient, setDb } from "@/lib/db/client";
import { catalogueHref, catalogueQuerySchema } from "@/lib/schemas/catalogue-query";
import { applyCatalogue } from "@/lib/seeds/apply";
import { exportCatalogue } from "@/lib/seeds/export";
import { e2eDatabaseUrl } from "./support/e2e-database";

const SLUG = "gemini-2-0-flash-lite";
const PAGES = ["/tools/gemini-2-0-flash-lite", "/compare/dreambooth-stable-diffusion-vs-gemini-2-0-flash-lite"];

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

  const changed = { ...original, name: `${original.name} (renamed)`, capabilities: [{ ...original.capabilities[0]!, title: marker }, ...original.capabilities.slice(1)] };
  try {
    await applyCatalogue(prisma, tags, [changed]);
    // Reads are cached: until the tags are expired the pages still show the old data.
    await page.goto(PAGES[0]!);
    await expect(page.getByText(original.capabilities[0]!.title).first()).toBeAttached();
    await expect(page.getByText(marker)).toHaveCount(0);

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
