"use client";

import { useActionState } from "react";
import { fieldError, IDLE, typed } from "@/lib/admin/form-state";
import type { OfferState } from "@/lib/admin/tools/tool-state";
import { TextField, ToolRefFields } from "./fields";
import { FormStatus } from "./form-status";
import { OfferPricesEditor, type PriceActions } from "./price-editor";
import { versionToSubmit, type FormAction } from "./types";

type Tool = { id: number; version: number };
export type OfferActions = { add: FormAction; update: FormAction; prices: PriceActions };

function OfferForm({ tool, offer, action, label }: { tool: Tool; offer?: OfferState; action: FormAction; label: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const prefix = offer ? `offer-${offer.id}` : "offer-new";
  const props = (name: "provider" | "providerSlug" | "modelId" | "url", text: string) => ({
    id: `${prefix}-${name}`,
    name,
    label: text,
    error: fieldError(state, name),
    defaultValue: typed(state, name) ?? String(offer?.[name] ?? ""),
  });
  return (
    <form action={formAction} noValidate className="space-y-2" aria-label={label}>
      <ToolRefFields toolId={tool.id} version={versionToSubmit(state, tool.version)} />
      {offer && <input type="hidden" name="offerId" value={String(offer.id)} />}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <TextField {...props("provider", "Provider")} required />
        <TextField {...props("providerSlug", "Provider slug")} hint="e.g. openai, aws" required />
        <TextField {...props("modelId", "Provider's id")} hint="API model id or plan id" required />
        <TextField {...props("url", "Pricing page")} type="url" />
      </div>
      <FormStatus state={state} />
      <button type="submit" className="button-quiet" disabled={pending}>
        {offer ? "Save offer" : "Add offer"}
      </button>
    </form>
  );
}

/** How the tool is sold: one offer per provider, each with its own prices (never merged). */
export function OfferEditor({ tool, offers, actions, today }: { tool: Tool; offers: OfferState[]; actions: OfferActions; today: string }) {
  return (
    <div className="space-y-6">
      {offers.length === 0 && <p className="muted">No offers: add the vendor&apos;s own offer first.</p>}
      {offers.map((offer) => (
        <section key={offer.id} className="space-y-3 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800" aria-label={`Offer from ${offer.provider}`}>
          <h3 className="text-lg">
            {offer.provider} <code className="muted text-sm">{offer.modelId}</code>
          </h3>
          <OfferForm tool={tool} offer={offer} action={actions.update} label={`Offer ${offer.provider}`} />
          <OfferPricesEditor tool={tool} offer={offer} actions={actions.prices} today={today} />
        </section>
      ))}
      <section className="card space-y-2" aria-labelledby="add-offer">
        <h3 id="add-offer" className="font-semibold">Add an offer</h3>
        <OfferForm tool={tool} action={actions.add} label="New offer" />
      </section>
    </div>
  );
}
