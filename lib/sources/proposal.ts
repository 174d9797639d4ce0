import { createHash } from "node:crypto";
import { z } from "zod";
import { FACT_NAMES, type FactName } from "@/lib/schemas/facts";
import { offerSchema, pricePointSchema, sourceSchema, toolSeedSchema } from "@/lib/schemas/tool";
import type { SourceName } from "./types";

// What a proposal says, as stored in source_proposal.before/after (JSON) and
// parsed back with these schemas before anything is applied.

export const PROPOSAL_KINDS = ["new_tool", "new_offer", "price_change", "status_change", "fact_change"] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

const offerRef = z.object({ provider: z.string(), providerSlug: z.string(), modelId: z.string() });
export type OfferRef = z.infer<typeof offerRef>;

export const afterSchemas = {
  new_tool: z.object({ tool: toolSeedSchema }),
  new_offer: z.object({ offer: offerSchema }),
  price_change: z.object({ offer: offerRef, price: pricePointSchema }),
  status_change: z.object({ offer: offerRef.nullable(), value: z.enum(["deprecated", "retired"]), source: sourceSchema }),
  fact_change: z.object({ name: z.enum(FACT_NAMES as [FactName, ...FactName[]]), value: z.unknown(), source: sourceSchema }),
} as const;

export const beforeSchemas = {
  new_tool: z.null(),
  new_offer: z.null(),
  price_change: z.object({ amount: z.string(), validFrom: z.string() }).nullable(),
  status_change: z.object({ value: z.string(), date: z.string().nullable() }),
  fact_change: z.object({ value: z.unknown() }).nullable(),
} as const;

export type After<K extends ProposalKind> = z.infer<(typeof afterSchemas)[K]>;
export type Before<K extends ProposalKind> = z.infer<(typeof beforeSchemas)[K]>;

/** A proposal of one kind with its parsed payload. */
export type Payload = { [K in ProposalKind]: { kind: K; before: Before<K>; after: After<K> } }[ProposalKind];

/** A proposal before it is stored: which source said it, about which tool, from what to what, and any flag for the editor. */
export type ProposalDraft = Payload & {
  source: SourceName;
  sourceVersion: string;
  sourceDate: string;
  toolSlug: string;
  subject: string;
  flags: string[];
};

/** Reads a stored proposal's payload back, checked; throws if the stored JSON does not fit its kind. */
export function parsePayload(kind: ProposalKind, before: unknown, after: unknown): Payload {
  return { kind, before: beforeSchemas[kind].parse(before), after: afterSchemas[kind].parse(after) } as Payload;
}

/** What a proposal proposes, without the dates and provenance that change with every version of a source. */
function proposedValue(payload: Payload): unknown {
  switch (payload.kind) {
    case "new_tool":
      return { offers: payload.after.tool.offers.map((o) => o.prices.map((p) => [p.meter, p.tierFrom, p.amount])), facts: Object.entries(payload.after.tool.facts).map(([k, v]) => [k, v?.value]) };
    case "new_offer":
      return payload.after.offer.prices.map((p) => [p.meter, p.tierFrom, p.amount]);
    case "price_change":
      return [payload.after.price.meter, payload.after.price.tierFrom, payload.after.price.batch, payload.after.price.amount];
    case "status_change":
      return payload.after.value;
    case "fact_change":
      return payload.after.value;
  }
}

/**
 * Who said what about what: a proposal's identity. The same value from the
 * same source is never proposed twice (even after a rejection); a new value is.
 */
export function fingerprint(draft: Pick<ProposalDraft, "source" | "subject"> & Payload): string {
  return createHash("sha256").update(JSON.stringify([draft.source, draft.kind, draft.subject, proposedValue(draft)])).digest("hex");
}
