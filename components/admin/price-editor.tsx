"use client";

import { useActionState } from "react";
import { fieldError, IDLE, typed, typedChecked } from "@/lib/admin/form-state";
import type { OfferState, PriceState } from "@/lib/admin/tools/tool-state";
import { PRICE_METERS, PRICE_UNITS } from "@/lib/schemas/enums";
import { ActionButton } from "./action-button";
import { BaseValues, CheckboxField, SelectField, TextField, ToolRefFields } from "./fields";
import { FormStatus } from "./form-status";
import { sourceBase, SourceFields } from "./source-fields";
import { versionToSubmit, type FormAction } from "./types";

type Tool = { id: number; version: number };
export type PriceActions = { add: FormAction; update: FormAction; change: FormAction; end: FormAction; remove: FormAction };

const units = PRICE_UNITS.map((unit) => ({ value: unit, label: unit.replaceAll("_", " ") }));
const meters = PRICE_METERS.map((meter) => ({ value: meter, label: meter.replace("_", " ") }));

type Field = "label" | "meter" | "amount" | "currency" | "unit" | "tierFrom" | "validFrom";

function PriceForm({ tool, offerId, price, action, label, today }: { tool: Tool; offerId: number; price?: PriceState; action: FormAction; label: string; today: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const prefix = price ? `price-${price.id}` : `price-new-${offerId}`;
  const props = (name: Field, text: string, fallback = "") => ({
    id: `${prefix}-${name}`,
    name,
    label: text,
    error: fieldError(state, name),
    defaultValue: typed(state, name) ?? (price ? String(price[name] ?? "") : fallback),
  });
  const check = (name: "isStarting" | "batch", text: string) => (
    <CheckboxField id={`${prefix}-${name}`} name={name} label={text} defaultChecked={typedChecked(state, name) ?? price?.[name] ?? false} error={fieldError(state, name)} />
  );
  return (
    <form action={formAction} noValidate className="space-y-2" aria-label={label}>
      <ToolRefFields toolId={tool.id} version={versionToSubmit(state, tool.version)} />
      {price ? <input type="hidden" name="priceId" value={String(price.id)} /> : <input type="hidden" name="offerId" value={String(offerId)} />}
      {price && <BaseValues values={{ label: price.label, meter: price.meter, amount: price.amount, currency: price.currency, unit: price.unit, tierFrom: price.tierFrom === null ? "" : String(price.tierFrom), validFrom: price.validFrom, isStarting: price.isStarting, batch: price.batch, ...sourceBase(price.source) }} />}
      {price?.validTo && <input type="hidden" name="validTo" value={price.validTo} />}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <TextField {...props("label", "Label")} required />
        <SelectField {...props("meter", "Charges for", "input")} options={meters} />
        <TextField {...props("amount", "Amount")} hint={price ? "Changes through “Change price”." : "Decimal, e.g. 0.075"} required />
        <SelectField {...props("unit", "Unit", "per_1m_input_tokens")} options={units} />
        <TextField {...props("currency", "Currency", "USD")} />
        <TextField {...props("tierFrom", "Tier: prompts longer than")} type="number" hint="Optional: tokens." />
        <TextField {...props("validFrom", "In force from", today)} type="date" required />
      </div>
      {check("batch", "Batch-API price")}
      {check("isStarting", "Starting price (the cheapest way to start paying; replaces the current one)")}
      <SourceFields state={state} idPrefix={prefix} source={price?.source} today={today} />
      <FormStatus state={state} />
      <button type="submit" className="button" disabled={pending}>
        {price ? "Save price" : "Add price"}
      </button>
    </form>
  );
}

function ChangePriceForm({ tool, price, action, today }: { tool: Tool; price: PriceState; action: FormAction; today: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const prefix = `change-${price.id}`;
  return (
    <details className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
      <summary className="cursor-pointer text-sm font-medium">Change price (keeps {price.amount} in the history)</summary>
      <form action={formAction} noValidate className="mt-2 space-y-2" aria-label={`Change price ${price.label}`}>
        <ToolRefFields toolId={tool.id} version={versionToSubmit(state, tool.version)} />
        <input type="hidden" name="priceId" value={String(price.id)} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField id={`${prefix}-amount`} name="amount" label="New amount" error={fieldError(state, "amount")} defaultValue={typed(state, "amount") ?? ""} required />
          <TextField id={`${prefix}-effectiveFrom`} name="effectiveFrom" label="In force from" type="date" error={fieldError(state, "effectiveFrom")} defaultValue={typed(state, "effectiveFrom") ?? today} required />
        </div>
        <SourceFields state={state} idPrefix={prefix} today={today} />
        <FormStatus state={state} />
        <button type="submit" className="button" disabled={pending}>
          Change price
        </button>
      </form>
    </details>
  );
}

function PriceItem({ tool, offer, price, actions, today }: { tool: Tool; offer: OfferState; price: PriceState; actions: PriceActions; today: string }) {
  return (
    <li className="card space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 className="font-semibold">
          {price.label} {price.isStarting && <span className="chip ml-1">starting price</span>}
          {price.validTo && <span className="chip ml-1">ended {price.validTo}</span>}
        </h4>
        <div className="flex flex-wrap gap-2">
          {!price.validTo && <ActionButton action={actions.end} tool={tool} label="End today" accessibleLabel={`End price “${price.label}” today`} fields={{ priceId: String(price.id), validTo: today }} />}
          <ActionButton action={actions.remove} tool={tool} label="Remove" accessibleLabel={`Remove price “${price.label}”`} fields={{ priceId: String(price.id) }} confirm={`Remove the price “${price.label}” entered by mistake? (Ending it keeps it in the history.)`} />
        </div>
      </div>
      <PriceForm tool={tool} offerId={offer.id} price={price} action={actions.update} label={`Price ${price.label}`} today={today} />
      {!price.validTo && <ChangePriceForm tool={tool} price={price} action={actions.change} today={today} />}
    </li>
  );
}

export function OfferPricesEditor({ tool, offer, actions, today }: { tool: Tool; offer: OfferState; actions: PriceActions; today: string }) {
  return (
    <div className="space-y-3">
      {offer.prices.length === 0 && <p className="muted">No price points yet.</p>}
      <ul className="space-y-3">
        {offer.prices.map((price) => (
          <PriceItem key={price.id} tool={tool} offer={offer} price={price} actions={actions} today={today} />
        ))}
      </ul>
      <details className="card">
        <summary className="cursor-pointer font-semibold">Add a price point to {offer.provider}</summary>
        <PriceForm tool={tool} offerId={offer.id} action={actions.add} label={`New price point for ${offer.provider}`} today={today} />
      </details>
    </div>
  );
}
