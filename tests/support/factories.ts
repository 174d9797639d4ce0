import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadCatalogue } from "@/lib/seeds/seed-database";
import {
  capabilitySchema,
  capabilityTagSchema,
  offerSchema,
  pricePointSchema,
  scoreSignalSchema,
  sourceSchema,
  toolSeedSchema,
  type CapabilityTagInput,
  type PricePointInput,
  type ToolSeed,
} from "@/lib/schemas/tool";
import { TEST_SOURCE } from "./sources";

// Test data built with the seed schema — the same schema the files in seeds/
// pass — so a test states only what it cares about and never depends on the
// real catalogue's content. Each builder fills in the rest with defaults and
// parses its result with the schema, so what it returns is always valid.

type In<S extends z.ZodType> = Partial<z.input<S>>;
type SeedInput = z.input<typeof toolSeedSchema>;
/** A tool's fields; its status may be given in part (the value, say), the rest defaulting. */
export type ToolInput = Partial<Omit<SeedInput, "status">> & { status?: Partial<SeedInput["status"]> };

let sequence = 0;
const run = Math.random().toString(36).slice(2, 6);

/** A slug no other test (nor the seeds) uses. */
export function uniqueSlug(prefix = "factory"): string {
  sequence += 1;
  return `${prefix}-${run}-${sequence.toString(36)}`;
}

/** A day in the past that every date rule accepts. */
export const FACTORY_DAY = "2026-11-02";

export function buildSource(overrides: In<typeof sourceSchema> = {}): z.output<typeof sourceSchema> {
  return sourceSchema.parse({ url: "https://example.com/source", date: FACTORY_DAY, checkedAt: FACTORY_DAY, kind: "vendor", ...overrides });
}

export function buildTag(overrides: Partial<CapabilityTagInput> = {}): CapabilityTagInput {
  const slug = overrides.slug ?? uniqueSlug("tag");
  return capabilityTagSchema.parse({ slug, name: `Tag ${slug}`, definition: `What ${slug} means.`, ...overrides });
}

export function buildCapability(tags: string[] = ["factory-tag"], overrides: In<typeof capabilitySchema> = {}): z.output<typeof capabilitySchema> {
  return capabilitySchema.parse({
    title: "Answers questions",
    description: "Takes a question in plain words and answers it.",
    unique: "Answers in one step.",
    vsAlternatives: "Like the others, but quicker.",
    tags,
    ...overrides,
  });
}

export function buildPrice(overrides: In<typeof pricePointSchema> = {}): z.output<typeof pricePointSchema> {
  return pricePointSchema.parse({ label: "Input", meter: "input", amount: "1.25", unit: "per_1m_input_tokens", validFrom: FACTORY_DAY, source: buildSource(), ...overrides });
}

/** An offer of the vendor's (a model id of its own, as offers are unique across tools) with one starting input price by default. */
export function buildOffer(overrides: In<typeof offerSchema> = {}): z.output<typeof offerSchema> {
  return offerSchema.parse({ provider: "Factory Labs", providerSlug: "factory-labs", modelId: uniqueSlug("model"), prices: [buildPrice({ isStarting: true })], ...overrides });
}

export function buildSignal(overrides: In<typeof scoreSignalSchema> = {}): z.output<typeof scoreSignalSchema> {
  return scoreSignalSchema.parse({ kind: "github_stars", value: 1000, source: buildSource({ kind: "measured" }), ...overrides });
}

/** A token price point of a test's own, dated 2025-06-01; the input price is the starting one unless said otherwise. */
export function tokenPrice(meter: PricePointInput["meter"], amount: string, extra: In<typeof pricePointSchema> = {}): z.input<typeof pricePointSchema> {
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

/** An active, published-ready tool: one capability, the vendor's offer with one starting price, no signals unless given. */
export function buildTool({ status, ...overrides }: ToolInput = {}, tags: string[] = ["factory-tag"]): ToolSeed {
  const slug = overrides.slug ?? uniqueSlug();
  return toolSeedSchema.parse({
    slug,
    name: `Tool ${slug}`,
    kind: "model",
    category: "llm",
    vendor: "Factory Labs",
    summary: `A tool made by the test factory (${slug}).`,
    website: `https://example.com/${slug}`,
    pricingModel: "paid",
    freeTier: false,
    capabilities: [buildCapability(tags)],
    offers: [buildOffer()],
    ...overrides,
    status: { value: "active", source: buildSource(), ...status },
  });
}

/** `tags`, plus a default tag for every tag slug the tools use that is neither there nor in `existing`. */
export function tagsFor(tools: readonly ToolSeed[], tags: readonly CapabilityTagInput[] = [], existing: readonly string[] = []): CapabilityTagInput[] {
  const have = new Set([...tags.map((tag) => tag.slug), ...existing]);
  const used = [...new Set(tools.flatMap((tool) => tool.capabilities.flatMap((capability) => capability.tags)))];
  return [...tags, ...used.filter((slug) => !have.has(slug)).map((slug) => buildTag({ slug }))];
}

/** Writes tools (and the tags they need) the way seeding does: derived capabilities, links and scores too; returns the tools. */
export async function createTools<T extends readonly ToolSeed[]>(prisma: PrismaClient, tools: T, tags: CapabilityTagInput[] = []): Promise<T> {
  const existing = (await prisma.capabilityTag.findMany({ select: { slug: true } })).map((tag) => tag.slug);
  await loadCatalogue(prisma, tagsFor(tools, tags, existing), tools);
  return tools;
}
