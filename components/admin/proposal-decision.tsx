"use client";

import { createContext, useActionState, useContext, type ReactNode } from "react";
import { fieldError, IDLE, typed, type FormState } from "@/lib/admin/form-state";
import { SelectField, TextField } from "./fields";
import { FormStatus } from "./form-status";
import type { FormAction } from "./types";

// One action state for every proposal on the page, held above the list: a
// decision re-renders the page without the proposal it decided, and the
// outcome stays on screen here.

type Decisions = { action: (formData: FormData) => void; state: FormState; pending: boolean };
const DecisionContext = createContext<Decisions | null>(null);

export function ProposalDecisions({ accept, reject, children }: { accept: FormAction; reject: FormAction; children: ReactNode }) {
  const [state, action, pending] = useActionState((previous: FormState, formData: FormData) => (formData.get("decision") === "reject" ? reject(previous, formData) : accept(previous, formData)), IDLE);
  return (
    <DecisionContext.Provider value={{ action, state, pending }}>
      <div className="sticky top-0 z-10">
        <FormStatus state={state.status === "invalid" ? IDLE : state} />
      </div>
      {children}
    </DecisionContext.Provider>
  );
}

/**
 * Accept or reject one proposal. A status proposal asks for what the source
 * does not give: deprecated (with its shutdown date) or already retired, and the date.
 */
export function ProposalDecision({ id, needsDate, subject }: { id: number; needsDate: boolean; subject: string }) {
  const { action, state: shared, pending } = useContext(DecisionContext)!;
  const state = shared.status === "invalid" && shared.values.proposalId === String(id) ? shared : IDLE;
  return (
    <form action={action} noValidate aria-label={`Decide: ${subject}`} className="space-y-2">
      <input type="hidden" name="proposalId" value={id} />
      <div className="flex flex-wrap items-end gap-3">
        {needsDate && (
          <>
            <SelectField id={`p${id}-status`} name="status.value" label="Status" defaultValue={typed(state, "status.value") ?? "deprecated"} error={fieldError(state, "status.value")} options={[{ value: "deprecated", label: "Deprecated (shutdown announced)" }, { value: "retired", label: "Retired" }]} />
            <TextField id={`p${id}-date`} name="status.date" type="date" label="Date" defaultValue={typed(state, "status.date")} error={fieldError(state, "status.date")} hint="Shutdown date, or the day it was retired" />
          </>
        )}
        <button type="submit" name="decision" value="accept" className="button" disabled={pending}>
          Accept
        </button>
        <button type="submit" name="decision" value="reject" className="button-quiet" disabled={pending}>
          Reject
        </button>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
