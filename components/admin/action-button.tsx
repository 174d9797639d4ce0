"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/admin/form-state";
import { ToolRefFields } from "./fields";
import { FormStatus } from "./form-status";
import { versionToSubmit, type FormAction } from "./types";

/** A one-button form (move, remove, publish…) that carries the tool's version and shows what happened. */
export function ActionButton({
  action,
  label,
  fields = {},
  tool,
  quiet = true,
  confirm,
  accessibleLabel,
}: {
  action: FormAction;
  label: string;
  /** A fuller name for assistive technology when the visible label is short ("Move up"). */
  accessibleLabel?: string;
  fields?: Record<string, string>;
  tool?: { id: number; version: number };
  quiet?: boolean;
  confirm?: string;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form
      action={formAction}
      className="inline-flex flex-col gap-1"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {tool && <ToolRefFields toolId={tool.id} version={versionToSubmit(state, tool.version)} />}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={quiet ? "button-quiet" : "button"} disabled={pending} aria-label={accessibleLabel}>
        {label}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
