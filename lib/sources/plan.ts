import type { ToolSeed } from "@/lib/schemas/tool";
import { indexCatalogue } from "./catalogue";
import { checkDrafts, priceKey, type Observations } from "./checks";
import { diffOffer, type Drafts, type Refusal } from "./diff-offer";
import { matchEntries, type Match } from "./match";
import { newOfferDrafts, newToolDraft } from "./new-entries";
import type { ProposalDraft } from "./proposal";
import type { SourceData } from "./types";

export type Plan = { drafts: ProposalDraft[]; refused: Refusal[]; matched: Record<string, number> };

function observe(observations: Observations, data: SourceData, match: Match): void {
  const slug = match.target.kind === "new-tool" ? match.target.slug : match.target.tool.slug;
  for (const price of match.entry.prices) {
    const key = priceKey(slug, match.entry.provider, price);
    observations.set(key, [...(observations.get(key) ?? []), { source: data.source, value: Number(price.amount) }]);
  }
}

/**
 * Compares what the datasets say with the catalogue and drafts the changes
 * they suggest (pure: nothing is read or written). `today` decides which
 * prices are in force and is the day every fact is marked as checked.
 */
export function planProposals(catalogue: readonly ToolSeed[], sources: readonly SourceData[], today: string): Plan {
  const index = indexCatalogue(catalogue);
  const out: Drafts = { drafts: [], refused: [] };
  const observations: Observations = new Map();
  const matched: Record<string, number> = {};
  for (const data of sources) {
    const ctx = { data, today };
    const matches = matchEntries(index, data.offers);
    matched[data.source] = matches.length;
    for (const match of matches) {
      observe(observations, data, match);
      const { target, entry } = match;
      if (target.kind === "offer") diffOffer(ctx, target.tool, target.offer, entry, out);
      else if (target.kind === "new-offer") newOfferDrafts(ctx, target.tool, entry, out);
      else newToolDraft(ctx, target.slug, target.vendor, entry, out);
    }
  }
  const checked = checkDrafts(out.drafts, index, observations);
  return { drafts: checked.drafts, refused: [...out.refused, ...checked.refused], matched };
}
