"use client";

import { useHydrated } from "./use-hydrated";
import type { FormState } from "@/lib/admin/form-state";
import { ChangesTable } from "./changes-table";

const TONE: Record<FormState["status"], string> = {
  idle: "",
  saved: "text-green-800 dark:text-green-300",
  invalid: "text-red-700 dark:text-red-400",
  conflict: "text-amber-800 dark:text-amber-300",
  refused: "text-red-700 dark:text-red-400",
  failed: "text-red-700 dark:text-red-400",
};

/** The outcome of the last submit, announced politely; a conflict lists what the other editors changed. */
export function FormStatus({ state }: { state: FormState }) {
  const ready = useHydrated();
  return (
    <div aria-live="polite" className="space-y-2" data-testid="form-status" data-status={state.status} data-ready={ready}>
      {state.status !== "idle" && <p className={`text-sm font-medium ${TONE[state.status]}`}>{state.message}</p>}
      {state.status === "conflict" && (
        <div role="group" aria-label="Changes saved by others since you opened this tool" className="space-y-3 rounded-lg border border-amber-400 p-3">
          {state.entries.length === 0 && <p className="text-sm">The tool was changed outside the admin (a seed or import run); reload to see it.</p>}
          {state.entries.map((entry) => (
            <ChangesTable key={entry.toVersion} changes={entry.changes} caption={`${entry.actorEmail}, ${new Date(entry.at).toUTCString()} (version ${entry.fromVersion} → ${entry.toVersion})`} />
          ))}
        </div>
      )}
    </div>
  );
}
