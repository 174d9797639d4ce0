import { usageSchema, DEFAULT_USAGE, type Usage } from "@/lib/cost";

type RawParams = Record<string, string | string[] | undefined>;

/** The calculator's numbers from a URL: the valid ones kept, each invalid one reported by field (the form is shown again with it). */
export function readUsage(params: RawParams): { usage: Usage; errors: Record<string, string> } {
  const values: Record<string, string> = {};
  for (const name of ["input", "output", "cached", "prompt", "batch"] as const) {
    const raw = params[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined && value.trim() !== "") values[name] = value.trim();
  }
  const parsed = usageSchema.safeParse(values);
  if (parsed.success) return { usage: parsed.data, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "input");
    errors[field] ??= issue.message;
    delete values[field];
  }
  const retry = usageSchema.safeParse(values);
  return { usage: retry.success ? retry.data : DEFAULT_USAGE, errors };
}
