import { fieldError, typed, type FormState } from "@/lib/admin/form-state";
import { EVIDENCE_KINDS, EVIDENCE_LABELS } from "@/lib/schemas/enums";
import type { SourceInput } from "@/lib/schemas/tool";
import { SelectField, TextField } from "./fields";

const evidence = EVIDENCE_KINDS.map((kind) => ({ value: kind, label: EVIDENCE_LABELS[kind] }));

/** Where a fact comes from: the fields every fact form shares (`source.url`, `source.date`…). */
export function SourceFields({ state, idPrefix, source, name = "source", today }: { state: FormState; idPrefix: string; source?: SourceInput | null; name?: string; today: string }) {
  const props = (field: "url" | "date" | "checkedAt" | "kind" | "via", label: string, fallback = "") => ({
    id: `${idPrefix}-${name}-${field}`,
    name: `${name}.${field}`,
    label,
    error: fieldError(state, `${name}.${field}`),
    defaultValue: typed(state, `${name}.${field}`) ?? String(source?.[field] ?? fallback),
  });
  return (
    <fieldset className="grid gap-3 rounded-lg border border-zinc-200 p-3 sm:grid-cols-2 lg:grid-cols-5 dark:border-zinc-800">
      <legend className="px-1 text-sm font-medium">Source</legend>
      <TextField {...props("url", "Source URL")} type="url" required />
      <TextField {...props("date", "Source's own date")} type="date" hint="The page's date, not today's." required />
      <TextField {...props("checkedAt", "Checked on", today)} type="date" required />
      <SelectField {...props("kind", "How it is known", "vendor")} options={evidence} />
      <TextField {...props("via", "Via")} hint="Optional: the dataset it came through." />
    </fieldset>
  );
}

/** A source as the form's base values (what the form was rendered from), for conflict detection. */
export function sourceBase(source: SourceInput, name = "source"): Record<string, string> {
  return { [`${name}.url`]: source.url, [`${name}.date`]: source.date, [`${name}.checkedAt`]: source.checkedAt, [`${name}.kind`]: source.kind, [`${name}.via`]: source.via ?? "" };
}
