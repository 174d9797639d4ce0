import { checkToolData, maxOutputIssue, outputBelowInput, sourcesDisagree, tokenPriceIssue, type SourcedValue } from "@/lib/catalog/data-checks";
import type { PricePointInput } from "@/lib/schemas/tool";
import type { CatalogueIndex } from "./catalogue";
import type { Refusal } from "./diff-offer";
import { priceLabel } from "./price-points";
import type { ProposalDraft } from "./proposal";
import { canonicalProvider } from "./providers";

// The data checks (lib/catalog/data-checks.ts) on every proposal: a value
// that fails one is not proposed but reported; a warning, and two datasets
// that disagree on a price by more than 5%, travel with the proposal as flags.

/** Every price a dataset gave for one offer's meter and tier, keyed as priceKey says. */
export type Observations = Map<string, SourcedValue[]>;

export const priceKey = (toolSlug: string, provider: string, price: Pick<PricePointInput, "meter" | "tierFrom">) =>
  `${toolSlug}|${canonicalProvider(provider)}|${price.meter}|${price.tierFrom ?? 0}`;

function pricesOf(draft: ProposalDraft): { provider: string; prices: PricePointInput[] } {
  switch (draft.kind) {
    case "price_change":
      return { provider: draft.after.offer.providerSlug, prices: [draft.after.price] };
    case "new_offer":
      return { provider: draft.after.offer.providerSlug, prices: draft.after.offer.prices };
    case "new_tool":
      return { provider: draft.after.tool.offers[0]?.providerSlug ?? "", prices: draft.after.tool.offers.flatMap((offer) => offer.prices) };
    default:
      return { provider: "", prices: [] };
  }
}

/** The problem that keeps a draft from being proposed, and the warnings it carries. */
function judge(draft: ProposalDraft, drafts: readonly ProposalDraft[], index: CatalogueIndex): { error: string | null; warnings: string[] } {
  if (draft.kind === "new_tool") {
    const issues = checkToolData(draft.after.tool);
    return { error: issues.find((issue) => issue.severity === "error")?.message ?? null, warnings: issues.filter((issue) => issue.severity === "warning").map((issue) => issue.message) };
  }
  if (draft.kind === "fact_change" && (draft.after.name === "contextWindow" || draft.after.name === "maxOutputTokens")) {
    const sibling = (name: string) =>
      drafts.find((other): other is Extract<ProposalDraft, { kind: "fact_change" }> => other.kind === "fact_change" && other.source === draft.source && other.toolSlug === draft.toolSlug && other.after.name === name);
    const known = (name: "contextWindow" | "maxOutputTokens") => (draft.after.name === name ? draft.after.value : (sibling(name)?.after.value ?? index.tools.find((t) => t.slug === draft.toolSlug)?.facts[name]?.value));
    return { error: maxOutputIssue(known("contextWindow") as number | undefined, known("maxOutputTokens") as number | undefined), warnings: [] };
  }
  const { prices } = pricesOf(draft);
  const error = prices.map(tokenPriceIssue).find((problem) => problem !== null) ?? null;
  const warnings = draft.kind === "new_offer" && outputBelowInput(prices) ? [`${draft.after.offer.provider} prices output below input: check the two aren't swapped`] : [];
  return { error, warnings };
}

function disagreements(draft: ProposalDraft, observations: Observations): string[] {
  const { provider, prices } = pricesOf(draft);
  return prices.flatMap((price) => {
    const message = sourcesDisagree(observations.get(priceKey(draft.toolSlug, provider, price)) ?? []);
    return message ? [`${priceLabel(price)}: ${message}`] : [];
  });
}

/** Splits drafts into those proposed (with their flags) and those refused by a check. */
export function checkDrafts(drafts: readonly ProposalDraft[], index: CatalogueIndex, observations: Observations): { drafts: ProposalDraft[]; refused: Refusal[] } {
  const kept: ProposalDraft[] = [];
  const refused: Refusal[] = [];
  for (const draft of drafts) {
    const { error, warnings } = judge(draft, drafts, index);
    if (error) refused.push({ source: draft.source, toolSlug: draft.toolSlug, subject: draft.subject, message: error });
    else kept.push({ ...draft, flags: [...draft.flags, ...warnings, ...disagreements(draft, observations)] });
  }
  return { drafts: kept, refused };
}
