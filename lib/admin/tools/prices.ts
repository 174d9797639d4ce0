import { z } from "zod";
import type { AdminUser } from "@/lib/auth/session";
import { dateColumn } from "@/lib/dates";
import { pricePointSchema, type PricePointInput } from "@/lib/schemas/tool";
import type { FormState } from "../form-state";
import { checkbox, field, idSchema, runToolForm } from "./form-input";
import type { ToolState, Tx } from "./tool-state";
import { RejectedEdit } from "./write-tool";

function readPrice(formData: FormData) {
  return {
    label: field(formData, "label"),
    amount: field(formData, "amount"),
    currency: field(formData, "currency")?.trim().toUpperCase(),
    unit: field(formData, "unit"),
    isStarting: checkbox(formData, "isStarting"),
    asOf: field(formData, "asOf"),
  };
}

function ownPrice(tool: ToolState, priceId: number): void {
  if (!tool.prices.some((price) => price.id === priceId)) throw new RejectedEdit({}, "Nothing was saved: that price point is no longer part of this tool (reload the page).");
}

/** At most one starting price: choosing one clears the others. */
async function clearStartingPrice(tx: Tx, toolId: number, price: PricePointInput): Promise<void> {
  if (price.isStarting) await tx.pricePoint.updateMany({ where: { toolId, isStarting: true }, data: { isStarting: false } });
}

const columns = (price: PricePointInput) => ({ ...price, asOf: dateColumn(price.asOf) });

export function addPrice(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: pricePointSchema,
    read: readPrice,
    audit: () => ({ action: "price.create", entityType: "price" }),
    mutate: (price) => async (tx, tool) => {
      await clearStartingPrice(tx, tool.id, price);
      const position = tool.prices.length;
      await tx.pricePoint.create({ data: { ...columns(price), toolId: tool.id, position } });
    },
    saved: ({ label }) => `Price point “${label}” added.`,
  });
}

const priceEditSchema = pricePointSchema.extend({ priceId: idSchema });

export function updatePrice(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: priceEditSchema,
    read: (data) => ({ ...readPrice(data), priceId: field(data, "priceId") }),
    audit: ({ priceId }) => ({ action: "price.update", entityType: "price", entityId: priceId }),
    mutate: ({ priceId, ...price }) => async (tx, tool) => {
      ownPrice(tool, priceId);
      await clearStartingPrice(tx, tool.id, price);
      await tx.pricePoint.update({ where: { id: priceId }, data: columns(price) });
    },
    saved: ({ label }) => `Price point “${label}” saved.`,
  });
}

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
