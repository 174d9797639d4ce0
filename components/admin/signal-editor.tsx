"use client";

import { useActionState } from "react";
import { fieldError, IDLE, typed, typedChecked } from "@/lib/admin/form-state";
import type { SignalState } from "@/lib/admin/tools/tool-state";
import { SIGNAL_KINDS } from "@/lib/schemas/enums";
import { SIGNAL_SCALES } from "@/lib/scoring/method";
import { ActionButton } from "./action-button";
import { BaseValues, CheckboxField, SelectField, TextField, ToolRefFields } from "./fields";
import { sourceBase, SourceFields } from "./source-fields";
import { FormStatus } from "./form-status";
import { versionToSubmit, type FormAction } from "./types";

type Tool = { id: number; version: number };
export type SignalActions = { add: FormAction; update: FormAction; remove: FormAction };

const kinds = SIGNAL_KINDS.map((kind) => ({ value: kind, label: `${SIGNAL_SCALES[kind].label} (${SIGNAL_SCALES[kind].dimension})` }));

function SignalForm({ tool, signal, action, label, today }: { tool: Tool; signal?: SignalState; action: FormAction; label: string; today: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const prefix = signal ? `signal-${signal.id}` : "signal-new";
  const props = (name: "kind" | "value" | "note", text: string) => ({
    id: `${prefix}-${name}`,
    name,
    label: text,
    error: fieldError(state, name),
    defaultValue: typed(state, name) ?? String(signal?.[name] ?? ""),
  });
  return (
    <form action={formAction} noValidate className="space-y-2" aria-label={label}>
      <ToolRefFields toolId={tool.id} version={versionToSubmit(state, tool.version)} />
      {signal && <input type="hidden" name="signalId" value={String(signal.id)} />}
      {signal && <BaseValues values={{ kind: signal.kind, value: String(signal.value), note: signal.note ?? "", rounded: signal.rounded, ...sourceBase(signal.source) }} />}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField {...props("kind", "Signal")} options={kinds} />
        <TextField {...props("value", "Value")} type="number" step="any" required />
        <TextField {...props("note", "Note")} hint="Optional, e.g. which benchmark." />
      </div>
      <CheckboxField id={`${prefix}-rounded`} name="rounded" label="The source rounds it (e.g. “48k stars”)" defaultChecked={typedChecked(state, "rounded") ?? signal?.rounded ?? false} error={fieldError(state, "rounded")} />
      <SourceFields state={state} idPrefix={prefix} source={signal?.source} today={today} />
      <FormStatus state={state} />
      <button type="submit" className="button" disabled={pending}>
        {signal ? "Save signal" : "Add signal"}
      </button>
    </form>
  );
}

/** The evidence behind the scores; saving any of it recomputes Rank and the sub-scores. */
export function SignalEditor({ tool, signals, actions, today }: { tool: Tool; signals: SignalState[]; actions: SignalActions; today: string }) {
  return (
    <div className="space-y-4">
      {signals.length === 0 && <p className="muted">No score signals yet: there is no evidence for the evidence-based sub-scores.</p>}
      <ul className="space-y-4">
        {signals.map((signal) => (
          <li key={signal.id} className="card space-y-2">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-semibold">{SIGNAL_SCALES[signal.kind].label}</h3>
              <ActionButton action={actions.remove} tool={tool} label="Remove" accessibleLabel={`Remove signal ${SIGNAL_SCALES[signal.kind].label}`} fields={{ signalId: String(signal.id) }} />
            </div>
            <SignalForm tool={tool} signal={signal} action={actions.update} label={`Signal ${SIGNAL_SCALES[signal.kind].label}`} today={today} />
          </li>
        ))}
      </ul>
      <section className="card space-y-2" aria-labelledby="add-signal">
        <h3 id="add-signal" className="font-semibold">Add a score signal</h3>
        <SignalForm tool={tool} action={actions.add} label="New score signal" today={today} />
      </section>
    </div>
  );
}
