import { z } from "zod";
import type { AdminUser } from "@/lib/auth/session";
import { offerStatusToRow, priceToRow } from "@/lib/catalog/fact-rows";
import { dateColumn } from "@/lib/dates";
import { offerSchema, pastDateSchema, pricePointSchema, sourceSchema, type PricePointInput } from "@/lib/schemas/tool";
import type { FormState } from "../form-state";
import { omit } from "../omit";
import { checkbox, field, idSchema, numberField, optionalField, readSource, runToolForm } from "./form-input";
import type { OfferState, PriceState, ToolState, Tx } from "./tool-state";
import { RejectedEdit } from "./write-tool";

// Prices are history: changing an amount closes the old price point (validTo)
// and opens a new one (validFrom), so "prices as of a date" stay answerable.

function readPrice(formData: FormData) {
  return {
    label: field(formData, "label"),
    meter: field(formData, "meter"),
    amount: field(formData, "amount"),
    currency: field(formData, "currency")?.trim().toUpperCase(),
    unit: field(formData, "unit"),
    tierFrom: numberField(formData, "tierFrom") ?? null,
    batch: checkbox(formData, "batch"),
    isStarting: checkbox(formData, "isStarting"),
    validFrom: field(formData, "validFrom"),
    validTo: optionalField(formData, "validTo"),
    source: readSource(formData),
  };
}

function ownOffer(tool: ToolState, offerId: number): OfferState {
  const offer = tool.offers.find((candidate) => candidate.id === offerId);
  if (!offer) throw new RejectedEdit({}, "Nothing was saved: that offer is no longer part of this tool (reload the page).");
  return offer;
}

function ownPrice(tool: ToolState, priceId: number): { offer: OfferState; price: PriceState } {
  for (const offer of tool.offers) {
    const price = offer.prices.find((candidate) => candidate.id === priceId);
    if (price) return { offer, price };
  }
  throw new RejectedEdit({}, "Nothing was saved: that price point is no longer part of this tool (reload the page).");
}

/** At most one starting price: choosing one clears the others. */
async function clearStartingPrice(tx: Tx, toolId: number, price: Pick<PricePointInput, "isStarting">): Promise<void> {
  if (price.isStarting) await tx.pricePoint.updateMany({ where: { toolId, isStarting: true }, data: { isStarting: false } });
}

function readOffer(formData: FormData) {
  const status = field(formData, "status.value");
  return {
    provider: field(formData, "provider"),
    providerSlug: field(formData, "providerSlug")?.trim(),
    modelId: field(formData, "modelId"),
    url: optionalField(formData, "url"),
    status: status ? { value: status, date: optionalField(formData, "status.date"), source: readSource(formData, "status.source") } : null,
    prices: [],
  };
}

const offerColumns = ({ prices: _prices, status, ...offer }: z.infer<typeof offerSchema>) => ({ ...offer, ...offerStatusToRow(status) });

export function addOffer(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: offerSchema,
    read: readOffer,
    audit: ({ providerSlug, modelId }) => ({ action: "offer.create", entityType: "offer", entityId: `${providerSlug}/${modelId}` }),
    mutate: (offer) => async (tx, tool) => {
      await tx.offer.create({ data: { ...offerColumns(offer), toolId: tool.id, position: tool.offers.length } });
    },
    saved: ({ provider }) => `Offer from ${provider} added.`,
  });
}

export function updateOffer(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: offerSchema.extend({ offerId: idSchema }),
    read: (data) => ({ ...readOffer(data), offerId: field(data, "offerId") }),
    audit: ({ offerId }) => ({ action: "offer.update", entityType: "offer", entityId: offerId }),
    mutate: ({ offerId, ...offer }) => async (tx, tool) => {
      ownOffer(tool, offerId);
      await tx.offer.update({ where: { id: offerId }, data: offerColumns(offer) });
    },
    saved: ({ provider }) => `Offer from ${provider} saved.`,
  });
}

export function addPrice(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: pricePointSchema.safeExtend({ offerId: idSchema }),
    read: (data) => ({ ...readPrice(data), offerId: field(data, "offerId") }),
    audit: () => ({ action: "price.create", entityType: "price" }),
    mutate: ({ offerId, ...price }) => async (tx, tool) => {
      const offer = ownOffer(tool, offerId);
      await clearStartingPrice(tx, tool.id, price);
      await tx.pricePoint.create({ data: { ...priceToRow(price), toolId: tool.id, offerId: offer.id, position: offer.prices.length } });
    },
    saved: ({ label }) => `Price point “${label}” added.`,
  });
}

/** Corrects a price point's description or source; its amount and dates change only through a price change. */
export function updatePrice(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: pricePointSchema.safeExtend({ priceId: idSchema }),
    read: (data) => ({ ...readPrice(data), priceId: field(data, "priceId") }),
    audit: ({ priceId }) => ({ action: "price.update", entityType: "price", entityId: priceId }),
    mutate: ({ priceId, ...price }) => async (tx, tool) => {
      const { price: current } = ownPrice(tool, priceId);
      if (price.amount !== current.amount || price.validFrom !== current.validFrom) {
        throw new RejectedEdit({ amount: "changes through “Change price”, which keeps the old price in the history" });
      }
      await clearStartingPrice(tx, tool.id, price);
      await tx.pricePoint.update({ where: { id: priceId }, data: priceToRow(price) });
    },
    saved: ({ label }) => `Price point “${label}” saved.`,
  });
}

const changeSchema = z.object({ priceId: idSchema, amount: pricePointSchema.shape.amount, effectiveFrom: pastDateSchema, source: sourceSchema });

/** A new amount from a date: the old price point closes the day it takes effect, and a new one opens. */
export function changePrice(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: changeSchema,
    read: (data) => ({ priceId: field(data, "priceId"), amount: field(data, "amount"), effectiveFrom: field(data, "effectiveFrom"), source: readSource(data) }),
    audit: ({ priceId }) => ({ action: "price.change", entityType: "price", entityId: priceId }),
    mutate: ({ priceId, amount, effectiveFrom, source }) => async (tx, tool) => {
      const { offer, price } = ownPrice(tool, priceId);
      if (price.validTo !== null) throw new RejectedEdit({}, "Nothing was saved: that price has already ended; add a new price instead.");
      if (effectiveFrom <= price.validFrom) throw new RejectedEdit({ effectiveFrom: `must be after the current price began (${price.validFrom})` });
      await tx.pricePoint.update({ where: { id: priceId }, data: { validTo: dateColumn(effectiveFrom), isStarting: false } });
      const next: PricePointInput = { ...omit(price, "id"), amount, validFrom: effectiveFrom, validTo: null, source };
      await tx.pricePoint.create({ data: { ...priceToRow(next), toolId: tool.id, offerId: offer.id, position: offer.prices.length } });
    },
    saved: ({ amount }) => `Price changed to ${amount}; the old price stays in the history.`,
  });
}

/** Ends a price (it stops applying on that date) without deleting it. */
export function endPrice(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: z.object({ priceId: idSchema, validTo: pastDateSchema }),
    read: (data) => ({ priceId: field(data, "priceId"), validTo: field(data, "validTo") }),
    audit: ({ priceId }) => ({ action: "price.end", entityType: "price", entityId: priceId }),
    mutate: ({ priceId, validTo }) => async (tx, tool) => {
      const { price } = ownPrice(tool, priceId);
      if (validTo <= price.validFrom) throw new RejectedEdit({ validTo: `must be after the price began (${price.validFrom})` });
      await tx.pricePoint.update({ where: { id: priceId }, data: { validTo: dateColumn(validTo), isStarting: false } });
    },
    saved: ({ validTo }) => `Price ended on ${validTo}; it stays in the history.`,
  });
}

/** Removes a price entered by mistake; the audit log keeps what it was. */
export function removePrice(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: z.object({ priceId: idSchema }),
    read: (data) => ({ priceId: field(data, "priceId") }),
    audit: ({ priceId }) => ({ action: "price.delete", entityType: "price", entityId: priceId }),
    mutate: ({ priceId }) => async (tx, tool) => {
      ownPrice(tool, priceId);
      await tx.pricePoint.delete({ where: { id: priceId } });
    },
    saved: () => "Price point removed.",
  });
}
