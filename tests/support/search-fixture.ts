import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { lifecycleStatusSchema, priceUnitSchema, pricingModelSchema, toolCategorySchema, toolKindSchema } from "@/lib/schemas/enums";
import type { ToolSeed } from "@/lib/schemas/tool";
import { buildCapability, buildOffer, buildPrice, buildSource, buildTag, buildTool, createTools, FACTORY_DAY } from "./factories";

// The fixed catalogue search relevance is measured on (tests/fixtures/search/
// catalogue.json): a data file of its own, so the real catalogue in seeds/
// can change without moving the numbers. Written the way seeding writes.

const FIXTURE_DIR = path.join(process.cwd(), "tests", "fixtures", "search");

const fixtureSchema = z.object({
  tags: z.array(z.object({ slug: z.string(), name: z.string(), definition: z.string() })),
  tools: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      kind: toolKindSchema,
      category: toolCategorySchema,
      vendor: z.string(),
      summary: z.string(),
      pricingModel: pricingModelSchema,
      freeTier: z.boolean(),
      price: z.tuple([z.string(), priceUnitSchema]).optional(),
      status: lifecycleStatusSchema.default("active"),
      successor: z.string().optional(),
      capabilities: z.array(z.object({ title: z.string(), description: z.string(), tags: z.array(z.string()) })).min(1),
    }),
  ),
});

export type SearchFixture = z.infer<typeof fixtureSchema>;

export async function readSearchFixture(): Promise<SearchFixture> {
  return fixtureSchema.parse(JSON.parse(await readFile(path.join(FIXTURE_DIR, "catalogue.json"), "utf8")));
}

/** The fixture's tools as seed records, built with the test factories. */
export function fixtureTools(fixture: SearchFixture): ToolSeed[] {
  return fixture.tools.map(({ price, status, successor, capabilities, ...tool }) =>
    buildTool({
      ...tool,
      website: `https://example.com/${tool.slug}`,
      status: { value: status, date: status === "active" ? null : FACTORY_DAY, successor: successor ?? null, source: buildSource() },
      // Neutral filler for the texts search ranks lowest, the same for every tool.
      capabilities: capabilities.map((capability) => buildCapability(capability.tags, { ...capability, unique: "Specific to this tool.", vsAlternatives: "Compared on the tool page." })),
      offers: price ? [buildOffer({ provider: tool.vendor, providerSlug: tool.slug, modelId: tool.slug, prices: [buildPrice({ amount: price[0], unit: price[1], isStarting: true })] })] : [],
    }),
  );
}

/** Writes the fixture catalogue into an empty (migrated) database; returns its tools. */
export async function createSearchFixture(prisma: PrismaClient): Promise<ToolSeed[]> {
  const fixture = await readSearchFixture();
  return createTools(prisma, fixtureTools(fixture), fixture.tags.map((tag) => buildTag(tag)));
}

const labelledSchema = z.object({
  note: z.string().optional(),
  queries: z.array(z.object({ q: z.string().min(1), kind: z.string(), right: z.array(z.string()).min(1) })).min(1),
});
export type LabelledQueries = z.infer<typeof labelledSchema>["queries"];

/** A labelled query file: each query with the slugs that count as a right answer. */
export async function readLabelledQueries(file: "fixture-queries.json" | "seeded-queries.json"): Promise<LabelledQueries> {
  return labelledSchema.parse(JSON.parse(await readFile(path.join(FIXTURE_DIR, file), "utf8"))).queries;
}
