import type { z } from "zod";
import type { FieldChange } from "./diff";

/** What the editor typed, field by field, so a refused form shows it again. */
export type FormValues = Record<string, string | string[]>;

/** One save by someone else, shown when a save is refused for a conflict. */
export type ConflictEntry = { actorEmail: string; at: string; fromVersion: number; toVersion: number; changes: FieldChange[] };

/** The state every admin form shows; the same shape for every action so one set of components renders it. */
export type FormState =
  | { status: "idle" }
  | { status: "saved"; message: string }
  | { status: "invalid"; message: string; fieldErrors: Record<string, string>; values: FormValues }
  | { status: "conflict"; message: string; currentVersion: number; entries: ConflictEntry[]; changed: string[]; values: FormValues }
  | { status: "refused"; message: string }
  | { status: "failed"; message: string; values?: FormValues };

export const IDLE: FormState = { status: "idle" };

/** Every field of a form as typed (checkbox groups as lists), without React's internal fields. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length > 1 || key.endsWith("[]") ? all : (all[0] ?? "");
  }
  return values;
}

/** Zod's own (generic) messages for the cases forms meet most, in the words the schemas use; our messages pass through. */
function friendlyMessage(issue: z.core.$ZodIssue): string {
  if (!issue.message.startsWith("Invalid")) return issue.message;
  if (issue.code === "invalid_type") {
    // Zod does not report the input; its message ends with what it received.
    if (issue.message.endsWith("received undefined")) return "is required";
    if (issue.expected === "number") return "must be a number";
  }
  if (issue.code === "invalid_value") return "is not one of the choices";
  return issue.message;
}

/** The first problem of each field, keyed by the field's name in the form. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    errors[field] ??= friendlyMessage(issue);
  }
  return errors;
}

export function invalid(fieldErrorsByName: Record<string, string>, values: FormValues, message = "Nothing was saved: please correct the fields marked below."): FormState {
  return { status: "invalid", message, fieldErrors: fieldErrorsByName, values };
}

export const fieldError = (state: FormState, name: string): string | undefined =>
  state.status === "invalid" ? state.fieldErrors[name] : undefined;

/**
 * Whether a field shows what the editor typed rather than the data: after a
 * refused save, every field; after a conflict, only the fields they changed
 * (the others show the latest saved values, which include the other edit).
 */
function showsTyped(state: FormState, name: string): state is Extract<FormState, { values: FormValues }> {
  if (state.status === "invalid" || (state.status === "failed" && state.values !== undefined)) return true;
  return state.status === "conflict" && state.changed.includes(name);
}

/** What the editor last typed in a field, when the form came back to them. */
export function typed(state: FormState, name: string): string | undefined {
  if (!showsTyped(state, name)) return undefined;
  const value = state.values[name];
  return Array.isArray(value) ? value[0] : value;
}

export function typedList(state: FormState, name: string): string[] | undefined {
  if (!showsTyped(state, name)) return undefined;
  const value = state.values[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Whether a checkbox was ticked when the form came back; undefined when the form shows saved data. */
export function typedChecked(state: FormState, name: string): boolean | undefined {
  if (!showsTyped(state, name)) return undefined;
  return name in state.values;
}

/** The form fields the editor changed from the values the form was rendered with (sent as the hidden "base" field). */
export function changedFields(values: FormValues, baseJson: string | undefined): string[] {
  let base: FormValues = {};
  try {
    base = baseJson ? (JSON.parse(baseJson) as FormValues) : {};
  } catch {
    return Object.keys(values);
  }
  const normal = (value: string | string[] | undefined) => (Array.isArray(value) ? [...value].sort() : value === undefined || value === "" ? [] : [value]);
  return [...new Set([...Object.keys(base), ...Object.keys(values)])].filter(
    (name) => name !== "base" && name in base && JSON.stringify(normal(values[name])) !== JSON.stringify(normal(base[name])),
  );
}
