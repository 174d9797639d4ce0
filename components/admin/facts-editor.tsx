"use client";

import { useActionState } from "react";
import { fieldError, IDLE, typed } from "@/lib/admin/form-state";
import { FACT_LABELS, FACT_NAMES, type FactName, type FactsInput } from "@/lib/schemas/facts";
import { ActionButton } from "./action-button";
import { TextField, ToolRefFields } from "./fields";
import { FormStatus } from "./form-status";
import { SourceFields } from "./source-fields";
import { versionToSubmit, type FormAction } from "./types";

type Tool = { id: number; version: number };

const HINTS: Record<FactName, string> = {
  contextWindow: "Tokens, e.g. 200000",
  maxOutputTokens: "Tokens, e.g. 64000",
  inputModalities: "Comma-separated: text, image, audio, video, pdf",
  outputModalities: "Comma-separated: text, image, audio, video",
  openWeights: "yes or no",
  releaseDate: "YYYY-MM-DD",
  knowledgeCutoff: "YYYY-MM or YYYY-MM-DD",
  toolCalling: "yes or no",
  reasoning: "yes or no",
};

const show = (value: unknown) => (typeof value === "boolean" ? (value ? "yes" : "no") : Array.isArray(value) ? value.join(", ") : String(value ?? ""));

function FactForm({ tool, name, facts, action, today }: { tool: Tool; name: FactName; facts: FactsInput; action: FormAction; today: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const entry = facts[name];
  return (
    <form action={formAction} noValidate className="space-y-2" aria-label={`Fact ${FACT_LABELS[name]}`}>
      <ToolRefFields toolId={tool.id} version={versionToSubmit(state, tool.version)} />
      <input type="hidden" name="name" value={name} />
      <TextField id={`fact-${name}-value`} name="value" label={FACT_LABELS[name]} hint={HINTS[name]} error={fieldError(state, "value")} defaultValue={typed(state, "value") ?? show(entry?.value)} />
      <SourceFields state={state} idPrefix={`fact-${name}`} source={entry?.source} today={today} />
      <FormStatus state={state} />
      <button type="submit" className="button-quiet" disabled={pending}>
        Save {FACT_LABELS[name].toLowerCase()}
      </button>
    </form>
  );
}

/** A model's structured facts, each with its source. */
export function FactsEditor({ tool, facts, actions, today }: { tool: Tool; facts: FactsInput; actions: { set: FormAction; remove: FormAction }; today: string }) {
  return (
    <ul className="space-y-3">
      {FACT_NAMES.map((name) => (
        <li key={name} className="card space-y-2">
          <details open={Boolean(facts[name])}>
            <summary className="cursor-pointer font-semibold">
              {FACT_LABELS[name]}: {facts[name] ? show(facts[name]!.value) : <span className="muted font-normal">not recorded</span>}
            </summary>
            <FactForm tool={tool} name={name} facts={facts} action={actions.set} today={today} />
          </details>
          {facts[name] && <ActionButton action={actions.remove} tool={tool} label="Remove" accessibleLabel={`Remove fact ${FACT_LABELS[name]}`} fields={{ name }} />}
        </li>
      ))}
    </ul>
  );
}
