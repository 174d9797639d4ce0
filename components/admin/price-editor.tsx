"use client";

import { useActionState } from "react";
import { fieldError, IDLE, typed, typedChecked } from "@/lib/admin/form-state";
import type { PriceState } from "@/lib/admin/tools/tool-state";
import { PRICE_UNITS } from "@/lib/schemas/enums";
import { ActionButton } from "./action-button";
import { BaseValues, CheckboxField, SelectField, TextField, ToolRefFields } from "./fields";
import { FormStatus } from "./form-status";
import { versionToSubmit, type FormAction } from "./types";

type Tool = { id: number; version: number };
export type PriceActions = { add: FormAction; update: FormAction; remove: FormAction };

const units = PRICE_UNITS.map((unit) => ({ value: unit, label: unit.replaceAll("_", " ") }));

function PriceForm({ tool, price, action, label }: { tool: Tool; price?: PriceState; action: FormAction; label: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const prefix = price ? `price-${price.id}` : "price-new";
  const props = (name: "label" | "amount" | "currency" | "unit" | "asOf", text: string) => ({
    id: `${prefix}-${name}`,
    name,
    label: text,
    error: fieldError(state, name),
    defaultValue: typed(state, name) ?? (price ? String(price[name]) : name === "currency" ? "USD" : ""),
  });
  return (
    <form action={formAction} noValidate className="space-y-2" aria-label={label}>
      <ToolRefFields toolId={tool.id} version={versionToSubmit(state, tool.version)} />
      {price && <input type="hidden" name="priceId" value={String(price.id)} />}
      {price && <BaseValues values={{ label: price.label, amount: price.amount, currency: price.currency, unit: price.unit, asOf: price.asOf, isStarting: price.isStarting }} />}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <TextField {...props("label", "Label")} required />
        <TextField {...props("amount", "Amount")} hint="Decimal, e.g. 0.075" required />
        <TextField {...props("currency", "Currency")} />
        <SelectField {...props("unit", "Unit")} options={units} />
        <TextField {...props("asOf", "As of")} type="date" required />
      </div>
      <CheckboxField
        id={`${prefix}-isStarting`}
        name="isStarting"
        label="Starting price (the cheapest way to start paying; replaces the current one)"
        defaultChecked={typedChecked(state, "isStarting") ?? price?.isStarting ?? false}
        error={fieldError(state, "isStarting")}
      />
      <FormStatus state={state} />
      <button type="submit" className="button" disabled={pending}>
        {price ? "Save price" : "Add price"}
      </button>
    </form>
  );
}

export function PriceEditor({ tool, prices, actions }: { tool: Tool; prices: PriceState[]; actions: PriceActions }) {
  return (
    <div className="space-y-4">
      {prices.length === 0 && <p className="muted">No price points yet.</p>}
      <ul className="space-y-4">
        {prices.map((price) => (
          <li key={price.id} className="card space-y-2">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-semibold">
                {price.label} {price.isStarting && <span className="chip ml-1">starting price</span>}
              </h3>
              <ActionButton action={actions.remove} tool={tool} label="Remove" accessibleLabel={`Remove price “${price.label}”`} fields={{ priceId: String(price.id) }} confirm={`Remove the price “${price.label}”?`} />
            </div>
            <PriceForm tool={tool} price={price} action={actions.update} label={`Price ${price.label}`} />
          </li>
        ))}
      </ul>
      <section className="card space-y-2" aria-labelledby="add-price">
        <h3 id="add-price" className="font-semibold">Add a price point</h3>
        <PriceForm tool={tool} action={actions.add} label="New price point" />
      </section>
    </div>
  );
}
