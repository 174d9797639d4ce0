"use client";

import { useActionState, useState, type ChangeEvent } from "react";
import { IMPORT_IDLE, type ImportState } from "@/lib/admin/catalogue/import-state";
import { MAX_IMPORT_BYTES, tooLargeMessage } from "@/lib/admin/catalogue/limits";
import type { ImportPlan } from "@/lib/admin/catalogue/plan-import";
import { ChangesTable } from "./changes-table";

type ImportAction = (state: ImportState, formData: FormData) => Promise<ImportState>;

function PlanView({ plan }: { plan: ImportPlan }) {
  const { tools, tags, untouched } = plan;
  return (
    <div className="space-y-3" data-testid="import-plan">
      <ul className="text-sm">
        <li>{tools.created.length} tools would be created: {tools.created.map((tool) => tool.slug).join(", ") || "none"}</li>
        <li>{tools.changed.length} tools would change: {tools.changed.map((tool) => tool.slug).join(", ") || "none"}</li>
        <li>{tools.unchanged.length} tools are unchanged</li>
        <li>{tags.created.length} tags would be added, {tags.changed.length} changed</li>
        <li>{untouched.length} tools are not in the file and stay as they are (an import never deletes)</li>
      </ul>
      {[...tools.changed, ...tags.changed].map((entry) => (
        <details key={entry.slug} className="card">
          <summary className="cursor-pointer">
            {entry.name} ({entry.changes.length} field{entry.changes.length === 1 ? "" : "s"})
          </summary>
          <ChangesTable changes={entry.changes} />
        </details>
      ))}
    </div>
  );
}

/** Choose a file, see exactly what it would change (nothing is written), then apply it in one transaction. */
export function ImportPanel({ preview, apply }: { preview: ImportAction; apply: ImportAction }) {
  const [file, setFile] = useState<File | null>(null);
  const [previewState, previewAction, previewing] = useActionState(preview, IMPORT_IDLE);
  const [applyState, applyAction, applying] = useActionState(apply, IMPORT_IDLE);
  const tooLarge = file && file.size > MAX_IMPORT_BYTES ? tooLargeMessage(file.size) : null;
  const state: ImportState = tooLarge ? { status: "invalid", message: tooLarge, problems: [] } : applyState.status === "idle" ? previewState : applyState;

  function choose(event: ChangeEvent<HTMLInputElement>) {
    setFile(event.target.files?.[0] ?? null);
  }

  // The file itself travels with each form (never its text in the page), so large files stay cheap.
  const withFile = (action: (formData: FormData) => void) => (formData: FormData) => {
    if (file) formData.set("catalogue", file);
    action(formData);
  };

  return (
    <div className="space-y-4">
      <form action={withFile(previewAction)} className="space-y-2">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Catalogue file (JSON, as exported; at most {MAX_IMPORT_BYTES / 1024 / 1024} MB)
          <input type="file" accept="application/json,.json" onChange={choose} />
        </label>
        <button type="submit" className="button" disabled={!file || Boolean(tooLarge) || previewing}>
          Preview the import (dry run)
        </button>
      </form>
      <div aria-live="polite" className="space-y-3" data-testid="import-status" data-status={state.status}>
        {"message" in state && <p className="font-medium">{state.message}</p>}
        {state.status === "invalid" && (
          <ul className="list-disc pl-5 text-sm text-red-700 dark:text-red-400">
            {state.problems.map((problem, index) => (
              <li key={index}>
                {problem.where}: {problem.message}
              </li>
            ))}
          </ul>
        )}
        {(state.status === "preview" || state.status === "applied") && <PlanView plan={state.plan} />}
      </div>
      {!tooLarge && previewState.status === "preview" && applyState.status === "idle" && (
        <form action={withFile(applyAction)}>
          <input type="hidden" name="fingerprint" value={previewState.fingerprint} />
          <button type="submit" className="button" disabled={applying}>
            Apply this import
          </button>
        </form>
      )}
    </div>
  );
}
