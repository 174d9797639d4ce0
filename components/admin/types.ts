import type { FormState } from "@/lib/admin/form-state";

/** A server action as a form's `useActionState` takes it. */
export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** The version a form should submit: after a conflict, the current one (so saving again applies on top). */
export function versionToSubmit(state: FormState, rendered: number): number {
  return state.status === "conflict" ? Math.max(state.currentVersion, rendered) : rendered;
}
