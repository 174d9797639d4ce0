import { diffRecords, type FieldChange } from "../diff";
import { diffableTool, type ToolState } from "./tool-state";

const ORDERS = [
  { field: "capability order", items: (tool: ToolState) => tool.capabilities },
] as const;

/** Whether the parts both versions share are in a different order (adding or removing one is not a reorder). */
function reordered(before: { id: number }[], after: { id: number }[]): boolean {
  const kept = new Set(after.map((item) => item.id));
  const common = before.filter((item) => kept.has(item.id)).map((item) => item.id);
  const stayed = new Set(common);
  return JSON.stringify(common) !== JSON.stringify(after.filter((item) => stayed.has(item.id)).map((item) => item.id));
}

/** Field-level changes between two versions of a tool, as the audit log records them. */
export function diffTools(before: ToolState | null, after: ToolState): FieldChange[] {
  const changes = diffRecords(before ? diffableTool(before) : null, diffableTool(after));
  return changes.filter((change) => {
    const order = ORDERS.find((entry) => entry.field === change.field);
    if (!order) return true;
    if (!before) return false;
    return reordered(order.items(before), order.items(after));
  });
}
