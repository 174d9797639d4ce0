import { formatDate } from "@/lib/dates";
import { formatFact } from "@/lib/facts";
import { lifecycleLabel } from "@/lib/lifecycle";
import { formatMoney, formatPrice } from "@/lib/pricing";
import { FACT_LABELS, type FactName, type FactValues } from "@/lib/schemas/facts";
import type { LifecycleStatus } from "@/lib/schemas/enums";
import type { PricePointInput } from "@/lib/schemas/tool";
import type { Payload } from "./proposal";

// A proposal as a person reads it: what it is about, and before → after.

const pricesInBrief = (prices: readonly PricePointInput[]) =>
  prices.length ? prices.map((price) => `${price.label} ${formatMoney(price.amount, price.currency)}`).join(", ") : "no prices";

const fact = (name: FactName, value: unknown) => formatFact(name, value as FactValues[FactName]);

export function describeProposal(payload: Payload): { before: string; after: string } {
  switch (payload.kind) {
    case "price_change": {
      const { before, after } = payload;
      return {
        before: before ? `${formatMoney(before.amount, after.price.currency)} (since ${formatDate(before.validFrom)})` : "no such price",
        after: `${formatPrice(after.price)} from ${formatDate(after.price.validFrom)}`,
      };
    }
    case "new_offer": {
      const { offer } = payload.after;
      return { before: "not offered", after: `${offer.provider} (${offer.modelId}): ${pricesInBrief(offer.prices)}` };
    }
    case "new_tool": {
      const { tool } = payload.after;
      const facts = Object.entries(tool.facts).map(([name, entry]) => `${FACT_LABELS[name as FactName]} ${fact(name as FactName, entry?.value)}`);
      return { before: "not in the catalogue", after: [`${tool.name} by ${tool.vendor}`, ...facts, pricesInBrief(tool.offers.flatMap((offer) => offer.prices))].join("; ") };
    }
    case "fact_change": {
      const { name, value } = payload.after;
      return { before: payload.before ? fact(name, payload.before.value) : "unknown", after: `${FACT_LABELS[name]}: ${fact(name, value)}` };
    }
    case "status_change":
      return {
        before: lifecycleLabel({ value: payload.before.value as LifecycleStatus, date: payload.before.date }),
        after: `${payload.after.offer ? `${payload.after.offer.provider} offer ` : ""}deprecated by the source (the editor gives the date)`,
      };
  }
}
