import { isWindingDown } from "@/lib/lifecycle";
import { FACT_NAMES } from "@/lib/schemas/facts";
import type { OfferInput, ToolSeed } from "@/lib/schemas/tool";
import { draftBase, nextDay, provenance, type RunContext } from "./context";
import { hasStartingPrice, isStartingCandidate, priceLabel, sameAmount, samePricePoint, toPricePoint } from "./price-points";
import type { OfferRef, ProposalDraft } from "./proposal";
import { ownVendor } from "./providers";
import type { SourceOffer } from "./types";

// What a dataset's entry changes about an offer the catalogue already has:
// its prices (old → new), its status, and, from the lab's own listing, the model's facts.

export type Refusal = { source: string; toolSlug: string; subject: string; message: string };
export type Drafts = { drafts: ProposalDraft[]; refused: Refusal[] };

const refOf = (offer: OfferInput): OfferRef => ({ provider: offer.provider, providerSlug: offer.providerSlug, modelId: offer.modelId });

function priceDrafts(ctx: RunContext, tool: ToolSeed, offer: OfferInput, entry: SourceOffer, out: Drafts): void {
  const source = provenance(ctx, entry);
  for (const price of entry.prices) {
    const current = offer.prices.find(samePricePoint(price));
    // A dataset's 0 for a meter the offer does not charge (an embedding's output) adds nothing.
    if (current ? sameAmount(current.amount, price.amount) : Number(price.amount) === 0) continue;
    const subject = `${offer.providerSlug}/${offer.modelId} ${priceLabel(price)}`;
    // A change takes effect on the day the dataset dates it, and never before the price it replaces began.
    let validFrom = price.startDate ?? source.date;
    if (current && validFrom <= current.validFrom) validFrom = nextDay(current.validFrom);
    if (validFrom > ctx.today) {
      out.refused.push({ source: ctx.data.source, toolSlug: tool.slug, subject, message: `cannot date the change: the current price began ${current?.validFrom}` });
      continue;
    }
    const isStarting = current ? current.isStarting : isStartingCandidate(price) && !hasStartingPrice(tool.offers);
    out.drafts.push({
      ...draftBase(ctx),
      kind: "price_change",
      toolSlug: tool.slug,
      subject,
      before: current ? { amount: current.amount, validFrom: current.validFrom } : null,
      after: { offer: refOf(offer), price: toPricePoint(price, validFrom, source, isStarting, current) },
    });
  }
}

function statusDraft(ctx: RunContext, tool: ToolSeed, offer: OfferInput, entry: SourceOffer, out: Drafts): void {
  if (!entry.deprecated || isWindingDown(tool.status.value)) return;
  const own = ownVendor(entry.provider, entry.modelId) !== null;
  if (!own && offer.status && isWindingDown(offer.status.value)) return;
  const before = own ? tool.status : (offer.status ?? tool.status);
  out.drafts.push({
    ...draftBase(ctx),
    kind: "status_change",
    toolSlug: tool.slug,
    subject: own ? `${tool.slug} status` : `${offer.providerSlug}/${offer.modelId} status`,
    before: { value: before.value, date: before.date },
    after: { offer: own ? null : refOf(offer), value: "deprecated", source: provenance(ctx, entry) },
  });
}

const sameFact = (a: unknown, b: unknown) => JSON.stringify(Array.isArray(a) ? [...a].sort() : a) === JSON.stringify(Array.isArray(b) ? [...b].sort() : b);

/** The model's structured facts, taken only from the lab's own listing (a host may cap the context window). */
export function factDrafts(ctx: RunContext, tool: ToolSeed, entry: SourceOffer, out: Drafts): void {
  if (ownVendor(entry.provider, entry.modelId) === null) return;
  for (const name of FACT_NAMES) {
    const value = entry.facts[name];
    const current = tool.facts[name];
    if (value === undefined || (current && sameFact(current.value, value))) continue;
    out.drafts.push({
      ...draftBase(ctx),
      kind: "fact_change",
      toolSlug: tool.slug,
      subject: `${tool.slug} ${name}`,
      before: current ? { value: current.value } : null,
      after: { name, value, source: provenance(ctx, entry) },
    });
  }
}

export function diffOffer(ctx: RunContext, tool: ToolSeed, offer: OfferInput, entry: SourceOffer, out: Drafts): void {
  priceDrafts(ctx, tool, offer, entry, out);
  statusDraft(ctx, tool, offer, entry, out);
  factDrafts(ctx, tool, entry, out);
}
