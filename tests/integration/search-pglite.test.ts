import { mkdtemp, rm } from "node:fs/promises";
import { CATALOGUE_DIRS } from "@/tests/support/databases";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, setDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/embedded/pglite-server";
import { searchQuerySchema } from "@/lib/schemas/search";
import { searchTools } from "@/lib/search/search";
import { seedDatabase } from "@/lib/seeds/seed-database";

// `npm start` without DATABASE_URL runs on PGlite: the search SQL (pg_trgm,
// generated columns, statement triggers, GIN) must work there too.
describe("search on the embedded database (PGlite)", () => {
  let dir: string;
  let embedded: EmbeddedDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "toolmatch-pglite-"));
    embedded = await startEmbeddedDatabase(dir);
    await migrate(embedded.url);
    prisma = createPrismaClient(embedded.url, 4);
    setDb(prisma);
    await seedDatabase(prisma, CATALOGUE_DIRS.fixture);
  }, 300_000);

  afterAll(async () => {
    await prisma?.$disconnect();
    await embedded?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("finds tools by need, by typo and through the match graph, with facets", async () => {
    const need = await searchTools(searchQuerySchema.parse({ q: "fine-tune an image model on five photos of my dog" }));
    expect(need.hits[0]?.slug).toBe("dreambooth-stable-diffusion");
    expect(need.hits[0]?.matchedCapabilities.length).toBeGreaterThan(0);
    const typo = await searchTools(searchQuerySchema.parse({ q: "gemni flash", kind: "model" }));
    expect(typo.hits.slice(0, 2).map((hit) => hit.slug).sort()).toEqual(["gemini-2-0-flash-lite", "gemini-2-5-flash"]);
    expect(typo.facets.kind.reduce((total, facet) => total + facet.count, 0)).toBeGreaterThanOrEqual(typo.total);
    const graph = await searchTools(searchQuerySchema.parse({ like: "dreambooth-stable-diffusion", tag: ["fine-tuning"] }));
    expect(graph.total).toBeGreaterThan(0);
    expect(graph.hits.every((hit) => hit.sharedTags.some((tag) => tag.slug === "fine-tuning"))).toBe(true);
    expect((await searchTools(searchQuerySchema.parse({ q: "zzqxv" }))).total).toBe(0);
  });
});
