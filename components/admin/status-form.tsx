"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/admin/form-state";
import type { ToolStatusInput } from "@/lib/schemas/tool";
import { ToolRefFields } from "./fields";
import { FormStatus } from "./form-status";
import { StatusFields } from "./status-fields";
import { versionToSubmit, type FormAction } from "./types";

/** The tool's lifecycle: status, its date, the successor, and where that is stated. */
export function StatusForm({ action, status, tool, today }: { action: FormAction; status: ToolStatusInput; tool: { id: number; version: number }; today: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate className="space-y-3" aria-label="Lifecycle status">
      <ToolRefFields toolId={tool.id} version={versionToSubmit(state, tool.version)} />
      <StatusFields state={state} idPrefix="lifecycle" status={status} today={today} />
      <FormStatus state={state} />
      <button type="submit" className="button" disabled={pending}>
        Save status
      </button>
    </form>
  );
}
