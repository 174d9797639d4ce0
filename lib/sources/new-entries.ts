import { TOOL_CATEGORY_LABELS, type ToolCategory } from "@/lib/schemas/enums";
import type { FactValues } from "@/lib/schemas/facts";
import { toolSeedSchema, type OfferInput, type ToolSeed } from "@/lib/schemas/tool";
import { draftBase, provenance, type RunContext } from "./context";
import { factDrafts, type Drafts } from "./diff-offer";
import { hasStartingPrice, isStartingCandidate, toPricePoint } from "./price-points";
import type { SourceOffer } from "./types";

// A dataset's entry the catalogue does not have: a known model's offer from
// another provider, or (from the lab's own listing) a model new to the catalogue.

function offerFrom(ctx: RunContext, entry: SourceOffer, starting: boolean): OfferInput {
  const source = provenance(ctx, entry);
  const startAt = entry.prices.findIndex(isStartingCandidate);
  return {
    provider: entry.providerName,
    providerSlug: entry.provider,
    modelId: entry.modelId,
    url: entry.url,
    status: null,
    prices: entry.prices.map((price, index) => toPricePoint(price, price.startDate ?? source.date, source, starting && index === startAt)),
  };
}

export function newOfferDrafts(ctx: RunContext, tool: ToolSeed, entry: SourceOffer, out: Drafts): void {
  factDrafts(ctx, tool, entry, out);
  if (entry.deprecated || entry.prices.length === 0) return;
  out.drafts.push({
    ...draftBase(ctx),
    kind: "new_offer",
    toolSlug: tool.slug,
    subject: `${entry.provider}/${entry.modelId} offer`,
    before: null,
    after: { offer: offerFrom(ctx, entry, !hasStartingPrice(tool.offers)) },
  });
}

/** A first guess at the job a new model does, from its id and modalities; an editor may correct it. */
export function guessCategory(modelId: string, facts: Partial<FactValues>): ToolCategory {
  const id = modelId.toLowerCase();
  const output = facts.outputModalities ?? [];
  if (/embed/.test(id)) return "embedding-model";
  if (/transcri|whisper|stt/.test(id)) return "speech-to-text";
  if (/tts|speech/.test(id) || (output.length > 0 && output.every((m) => m === "audio"))) return "text-to-speech";
  if (output.includes("video")) return "video-model";
  if (/image|imagen|dall-e/.test(id) || (output.includes("image") && !output.includes("text"))) return "image-model";
  return "llm";
}

function summaryOf(name: string, vendor: string, category: ToolCategory, facts: Partial<FactValues>): string {
  const context = facts.contextWindow ? ` with a ${facts.contextWindow.toLocaleString("en-US")}-token context window` : "";
  return `${name}: a ${TOOL_CATEGORY_LABELS[category].one} from ${vendor}${context}.`;
}

export function newToolDraft(ctx: RunContext, slug: string, vendor: string, entry: SourceOffer, out: Drafts): void {
  const source = provenance(ctx, entry);
  const category = guessCategory(entry.modelId, entry.facts);
  const facts = Object.fromEntries(Object.entries(entry.facts).map(([name, value]) => [name, { value, source }]));
  const paid = entry.prices.length === 0 || entry.prices.some((price) => Number(price.amount) > 0);
  const parsed = toolSeedSchema.safeParse({
    slug,
    name: entry.modelName,
    kind: "model",
    category,
    vendor,
    summary: summaryOf(entry.modelName, vendor, category, entry.facts),
    website: entry.url,
    sourceRepository: null,
    license: null,
    pricingModel: paid ? "paid" : "free",
    freeTier: false,
    status: { value: "active", date: null, successor: null, source },
    facts,
    capabilities: [],
    offers: [offerFrom(ctx, entry, true)],
    signals: [],
  });
  const subject = `new model ${entry.provider}/${entry.modelId}`;
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    out.refused.push({ source: ctx.data.source, toolSlug: slug, subject, message: problems });
    return;
  }
  out.drafts.push({ ...draftBase(ctx), kind: "new_tool", toolSlug: slug, subject, before: null, after: { tool: parsed.data satisfies ToolSeed } });
}
