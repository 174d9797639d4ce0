"use client";

import { useActionState } from "react";
import { fieldError, IDLE, typed, typedList } from "@/lib/admin/form-state";
import type { CapabilityState } from "@/lib/admin/tools/tool-state";
import type { TagRef } from "@/lib/catalog/types";
import { ActionButton } from "./action-button";
import { BaseValues, TextArea, TextField, ToolRefFields } from "./fields";
import { FormStatus } from "./form-status";
import { versionToSubmit, type FormAction } from "./types";

type Tool = { id: number; version: number };
export type CapabilityActions = { add: FormAction; update: FormAction; move: FormAction; remove: FormAction };

function TagChoices({ prefix, vocabulary, chosen, error }: { prefix: string; vocabulary: TagRef[]; chosen: string[]; error?: string }) {
  return (
    <fieldset className="space-y-1" aria-describedby={`${prefix}-tags-error`}>
      <legend className="text-sm font-medium">Capability tags (from the vocabulary)</legend>
      <div className="grid grid-cols-2 gap-x-3 gap-y-1 text-sm sm:grid-cols-3 lg:grid-cols-4">
        {vocabulary.map((tag) => (
          <label key={tag.slug} className="flex items-center gap-1.5">
            <input type="checkbox" name="tags" value={tag.slug} defaultChecked={chosen.includes(tag.slug)} />
            {tag.name}
          </label>
        ))}
      </div>
      <p id={`${prefix}-tags-error`} aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {error ? `Tags ${error}` : ""}
      </p>
    </fieldset>
  );
}

/** Edits one capability, or adds one when none is given. */
function CapabilityForm({ tool, capability, vocabulary, action, label }: { tool: Tool; capability?: CapabilityState; vocabulary: TagRef[]; action: FormAction; label: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const prefix = capability ? `capability-${capability.id}` : "capability-new";
  const props = (name: "title" | "description" | "unique" | "vsAlternatives", text: string) => ({
    id: `${prefix}-${name}`,
    name,
    label: text,
    error: fieldError(state, name),
    defaultValue: typed(state, name) ?? capability?.[name] ?? "",
  });
  return (
    <form action={formAction} noValidate className="space-y-3" aria-label={label}>
      <ToolRefFields toolId={tool.id} version={versionToSubmit(state, tool.version)} />
      {capability && <input type="hidden" name="capabilityId" value={String(capability.id)} />}
      {capability && <BaseValues values={{ title: capability.title, description: capability.description, unique: capability.unique, vsAlternatives: capability.vsAlternatives, tags: capability.tags }} />}
      <TextField {...props("title", "Title")} required />
      <TextArea {...props("description", "Description")} rows={3} required />
      <div className="grid gap-3 md:grid-cols-2">
        <TextArea {...props("unique", "What is unique")} rows={2} required />
        <TextArea {...props("vsAlternatives", "Against alternatives")} rows={2} required />
      </div>
      <TagChoices prefix={prefix} vocabulary={vocabulary} chosen={typedList(state, "tags") ?? capability?.tags ?? []} error={fieldError(state, "tags")} />
      <FormStatus state={state} />
      <button type="submit" className="button" disabled={pending}>
        {capability ? "Save capability" : "Add capability"}
      </button>
    </form>
  );
}

export function CapabilityEditor({ tool, capabilities, vocabulary, actions }: { tool: Tool; capabilities: CapabilityState[]; vocabulary: TagRef[]; actions: CapabilityActions }) {
  return (
    <div className="space-y-4">
      <ol className="space-y-4">
        {capabilities.map((capability, index) => (
          <li key={capability.id} className="card space-y-3">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="font-semibold">
                {index + 1}. {capability.title}
              </h3>
              <div className="flex flex-wrap gap-2">
                {index > 0 && <ActionButton action={actions.move} tool={tool} label="Move up" accessibleLabel={`Move “${capability.title}” up`} fields={{ capabilityId: String(capability.id), direction: "up" }} />}
                {index < capabilities.length - 1 && (
                  <ActionButton action={actions.move} tool={tool} label="Move down" accessibleLabel={`Move “${capability.title}” down`} fields={{ capabilityId: String(capability.id), direction: "down" }} />
                )}
                <ActionButton action={actions.remove} tool={tool} label="Remove" accessibleLabel={`Remove “${capability.title}”`} fields={{ capabilityId: String(capability.id) }} confirm={`Remove the capability “${capability.title}”?`} />
              </div>
            </div>
            <CapabilityForm tool={tool} capability={capability} vocabulary={vocabulary} action={actions.update} label={`Capability ${index + 1}: ${capability.title}`} />
          </li>
        ))}
      </ol>
      <section className="card space-y-3" aria-labelledby="add-capability">
        <h3 id="add-capability" className="font-semibold">Add a capability</h3>
        <CapabilityForm tool={tool} vocabulary={vocabulary} action={actions.add} label="New capability" />
      </section>
    </div>
  );
}
