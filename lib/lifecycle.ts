import type { StatusView, ToolRef } from "@/lib/catalog/types";
import { formatDate } from "@/lib/dates";
import type { LifecycleStatus } from "@/lib/schemas/enums";

/** Where a tool stands, said plainly: "Retired on 17 June 2026". Null for an active tool (nothing to say). */
export function lifecycleHeadline(status: { value: LifecycleStatus; date: string | null }): string | null {
  const on = status.date ? formatDate(status.date) : null;
  switch (status.value) {
    case "active":
      return null;
    case "preview":
      return "In preview: the vendor may still change or withdraw it";
    case "deprecated":
      return on ? `Deprecated: shutdown announced for ${on}` : "Deprecated";
    case "retired":
      return on ? `Retired on ${on}` : "Retired";
    case "archived":
      return on ? `Archived on ${on}: no longer maintained` : "Archived: no longer maintained";
  }
}

/** The short form for table cells and badges: "Retired (17 June 2026)". */
export function lifecycleLabel(status: { value: LifecycleStatus; date: string | null }): string {
  const word = { active: "Active", preview: "Preview", deprecated: "Deprecated", retired: "Retired", archived: "Archived" }[status.value];
  if (!status.date || status.value === "active" || status.value === "preview") return word;
  return `${word} (${status.value === "deprecated" ? "shuts down " : ""}${formatDate(status.date)})`;
}

/** Retired, deprecated and archived tools are ones a reader should be warned about before choosing. */
export const isWindingDown = (status: LifecycleStatus) => status === "deprecated" || status === "retired" || status === "archived";

/** "Retired on 17 June 2026 — succeeded by X": the sentence the tool page, comparison page and verdict share. */
export function lifecycleSentence(name: string, status: Pick<StatusView, "value" | "date"> & { successor: ToolRef | null }): string | null {
  const headline = lifecycleHeadline(status);
  if (!headline || !isWindingDown(status.value)) return null;
  const successor = status.successor ? `; its successor is ${status.successor.name}` : "";
  return `${name}: ${headline.charAt(0).toLowerCase()}${headline.slice(1)}${successor}.`;
}

/** Statuses of tools that can no longer be used: search lists them after usable ones unless their name was searched for. */
export const GONE_STATUSES = ["retired", "archived"] as const satisfies readonly LifecycleStatus[];
export const isGone = (status: LifecycleStatus) => (GONE_STATUSES as readonly LifecycleStatus[]).includes(status);
