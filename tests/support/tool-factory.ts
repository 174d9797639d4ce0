import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import { pricePointSchema, toolSeedSchema, type PricePointInput, type ToolSeed } from "@/lib/schemas/tool";
import { applyCatalogue } from "@/lib/seeds/apply";
import { recomputeScores } from "@/lib/scoring/recompute";
import { TEST_SOURCE } from "./sources";

// Tools a test needs, built on the seed schema (so they are what a seed file
// could hold) and written the way seeds are: tests never lean on the real catalogue.

type SeedInput = z.input<typeof toolSeedSchema>;
type Input = Partial<Omit<SeedInput, "status">> & { slug: string; status?: Partial<SeedInput["status"]> };
type PriceInput = z.input<typeof pricePointSchema>;

let counter = 0;

const capability = (slug: string, n: number, tags: string[]) => ({
  title: `${slug} capability ${n}`,
  description: `What ${slug} does, point ${n}, described for a test.`,
  unique: `Only ${slug} does point ${n} this way.`,
  vsAlternatives: `Others handle point ${n} differently from ${slug}.`,
  tags,
});

/** A valid tool with every field filled; give only what the test is about. */
export function buildTool({ slug, status, ...rest }: Input): ToolSeed {
  counter += 1;
  return toolSeedSchema.parse({
    name: `Test tool ${slug}`,
    kind: "library",
    category: "ml-library",
    vendor: "Test vendor",
    summary: `A tool made by a test (${counter}).`,
    website: `https://example.com/${slug}`,
    pricingModel: "paid",
    freeTier: false,
    capabilities: ["text-generation", "streaming", "function-calling"].map((tag, n) => capability(slug, n, [tag])),
    ...rest,
    slug,
    status: { value: "active", source: TEST_SOURCE, ...status },
  });
}

/** A token price point; the input price is the starting one unless said otherwise. */
export function tokenPrice(meter: PricePointInput["meter"], amount: string, extra: Partial<PriceInput> = {}): PriceInput {
  return {
    label: meter === "cached_input" ? "Cached input" : meter === "output" ? "Output" : "Input",
    meter,
    amount,
    unit: meter === "output" ? "per_1m_output_tokens" : "per_1m_input_tokens",
    isStarting: meter === "input" && !extra.batch && extra.tierFrom === undefined,
    validFrom: "2025-06-01",
    source: TEST_SOURCE,
    ...extra,
  };
}

/** Writes the tools (and any capability tags they use that are missing) and brings scores up to date. */
export async function insertTools(prisma: PrismaClient, tools: readonly ToolSeed[]): Promise<void> {
  const known = new Set((await prisma.capabilityTag.findMany({ select: { slug: true } })).map((tag) => tag.slug));
  const tags = [...new Set(tools.flatMap((tool) => tool.capabilities.flatMap((c) => c.tags)))]
    .filter((tag) => !known.has(tag))
    .map((slug) => ({ slug, name: slug, definition: `Tag ${slug}, made by a test.` }));
  await applyCatalogue(prisma, tags, tools);
  await recomputeScores(prisma, "when-changed");
}
