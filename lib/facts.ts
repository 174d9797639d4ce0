import type { FactName, FactValues } from "@/lib/schemas/facts";
import { formatDate } from "@/lib/dates";

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** A fact as a reader reads it: "200,000 tokens", "text, image", "Yes", "July 2025". */
export function formatFact<K extends FactName>(name: K, value: FactValues[K]): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return `${value.toLocaleString("en-US")} tokens`;
  if (Array.isArray(value)) return value.join(", ");
  if (name === "knowledgeCutoff" && /^\d{4}-\d{2}$/.test(value)) return MONTH.format(new Date(`${value}-01T00:00:00Z`));
  return formatDate(value);
}
