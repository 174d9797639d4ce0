import { fieldError, typed, type FormState } from "@/lib/admin/form-state";
import { LIFECYCLE_LABELS, LIFECYCLE_STATUSES } from "@/lib/schemas/enums";
import type { ToolStatusInput } from "@/lib/schemas/tool";
import { SelectField, TextField } from "./fields";
import { SourceFields } from "./source-fields";

const statuses = LIFECYCLE_STATUSES.map((value) => ({ value, label: LIFECYCLE_LABELS[value] }));

/** A lifecycle status with its date, successor and source (`status.value`, `status.date`, `status.successor`, `status.source.*`). */
export function StatusFields({ state, idPrefix, status, today, withSuccessor = true }: { state: FormState; idPrefix: string; status?: ToolStatusInput | null; today: string; withSuccessor?: boolean }) {
  const props = (field: "value" | "date" | "successor", label: string, fallback = "") => ({
    id: `${idPrefix}-status-${field}`,
    name: `status.${field}`,
    label,
    error: fieldError(state, `status.${field}`),
    defaultValue: typed(state, `status.${field}`) ?? String(status?.[field] ?? fallback),
  });
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField {...props("value", "Status", "active")} options={statuses} />
        <TextField {...props("date", "Status date")} type="date" hint="Deprecated: the announced shutdown. Retired or archived: when it happened." />
        {withSuccessor && <TextField {...props("successor", "Successor (slug)")} hint="Optional: the tool that replaces it." />}
      </div>
      <SourceFields state={state} idPrefix={idPrefix} name="status.source" source={status?.source} today={today} />
    </div>
  );
}
