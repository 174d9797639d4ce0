import { z } from "zod";

type Params = { keys(): IterableIterator<string>; getAll(name: string): string[] };

/** Unwraps optional/default wrappers to see whether a parameter takes a list. */
function takesList(schema: z.ZodType): boolean {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
  return current instanceof z.ZodArray;
}

/** How a parameter with an empty name (`?=x`) is named in problems. */
export const UNNAMED = "(no name)";

export type ParsedQuery<T> = { success: true; data: T } | { success: false; error: z.ZodError };

/**
 * Reads query parameters with a Zod object schema. A list parameter is given
 * by repeating it (`tag=a&tag=b`); any other parameter must appear once.
 * Unknown parameters are errors too, so a typo is reported, not ignored.
 */
export function parseQuery<T extends z.ZodObject>(schema: T, params: Params): ParsedQuery<z.output<T>> {
  // No prototype: a parameter named __proto__ is a key like any other, never the object's prototype.
  const raw: Record<string, string | string[]> = Object.create(null);
  const issues: z.core.$ZodIssue[] = [];
  for (const key of new Set(params.keys())) {
    // Only the schema's own fields: `constructor`, `toString` and the like are inherited, not parameters.
    const field = Object.hasOwn(schema.shape, key) ? (schema.shape[key] as z.ZodType) : undefined;
    const values = params.getAll(key);
    if (!field) issues.push({ code: "custom", path: [key || UNNAMED], message: `is not a parameter of this endpoint (expected ${Object.keys(schema.shape).join(", ") || "none"})`, input: values });
    else if (takesList(field)) raw[key] = values;
    else if (values.length > 1) issues.push({ code: "custom", path: [key], message: "must be given once", input: values });
    else raw[key] = values[0]!;
  }
  const parsed = schema.safeParse(raw);
  if (issues.length === 0) return parsed.success ? { success: true, data: parsed.data } : { success: false, error: parsed.error };
  return { success: false, error: new z.ZodError([...issues, ...(parsed.success ? [] : parsed.error.issues)]) };
}
