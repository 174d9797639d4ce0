"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/admin/form-state";
import { FormStatus } from "./form-status";
import type { FormAction } from "./types";

/**
 * Every pending proposal of one source, accepted or rejected at once. One form
 * that stays on the page, so its message survives the page re-rendering
 * without the proposals it decided.
 */
export function BulkDecision({ action, sources }: { action: FormAction; sources: { source: string; pending: number }[] }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form
      action={formAction}
      aria-label="Decide all pending proposals of a source"
      className="card space-y-2"
      onSubmit={(event) => {
        const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        if (!window.confirm(`${data.get("decision") === "accept" ? "Accept" : "Reject"} every pending proposal from ${data.get("source")}?`)) event.preventDefault();
      }}
    >
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm">
          Source
          <select name="source" className="field" disabled={sources.length === 0}>
            {sources.map(({ source, pending: count }) => (
              <option key={source} value={source}>{`${source} (${count} pending)`}</option>
            ))}
          </select>
        </label>
        <button type="submit" name="decision" value="accept" className="button" disabled={pending || sources.length === 0}>
          Accept all
        </button>
        <button type="submit" name="decision" value="reject" className="button-quiet" disabled={pending || sources.length === 0}>
          Reject all
        </button>
      </div>
      <p className="muted text-xs">Status changes need a date, so accepting all leaves them for one-by-one.</p>
      <FormStatus state={state} />
    </form>
  );
}
