import { z } from "zod";
import type { AdminUser } from "@/lib/auth/session";
import type { ActionOutcome } from "../action";
import { changedFields, fieldErrors, formValues, invalid, type FormState } from "../form-state";
import { writeTool, type AuditInfo, type Mutation, type ToolWriteResult } from "./write-tool";

// Reading form fields into the shapes the seed schemas expect: the schemas
// then judge them, so a form and a seed file are held to the same rules.

export const field = (formData: FormData, name: string): string | undefined => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

/** An optional text: left empty, it is null (as in the seed files). */
export const optionalField = (formData: FormData, name: string): string | null => field(formData, name)?.trim() || null;

export const checkbox = (formData: FormData, name: string): boolean => formData.get(name) !== null;

/** A number field: empty is missing, anything else is read as a number (and refused by the schema if it is not one). */
export const numberField = (formData: FormData, name: string): number | undefined => {
  const value = field(formData, name)?.trim();
  return value ? Number(value) : undefined;
};

export const list = (formData: FormData, name: string): string[] => formData.getAll(name).filter((value): value is string => typeof value === "string");

const id = z.coerce.number({ error: "is missing" }).int().positive();
export const idSchema = id;

/** Which tool, and the version the editor's form was rendered from. */
const toolRefSchema = z.object({ toolId: id, version: id });

export type ToolForm<T> = {
  schema: z.ZodType<T>;
  read: (formData: FormData) => unknown;
  audit: (input: T) => AuditInfo;
  mutate: (input: T) => Mutation;
  saved: (input: T) => string;
};

export function toFormState(result: ToolWriteResult, formData: FormData, saved: string): ActionOutcome<FormState> {
  const values = formValues(formData);
  switch (result.kind) {
    case "saved":
      return { state: { status: "saved", message: saved }, refresh: true, expire: result.tags };
    case "unchanged":
      return { state: { status: "saved", message: "Nothing had changed: nothing to save." } };
    case "conflict":
      return {
        state: {
          status: "conflict",
          message: `Not saved: someone else saved this tool while you were editing (it is now at version ${result.currentVersion}). Their changes are listed below. The form now shows the latest version with your changes kept: save again to apply yours on top of theirs.`,
          currentVersion: result.currentVersion,
          entries: result.entries,
          changed: changedFields(values, field(formData, "base")),
          values,
        },
        // Re-render with the latest data, so the fields the editor did not touch show the other edit.
        refresh: true,
      };
    case "invalid":
      return { state: invalid(result.fieldErrors, values, result.message) };
    case "not-found":
      return { state: { status: "failed", message: "This tool no longer exists." } };
  }
}

/** Parses a tool form, validates it with its schema, and runs it through the one write path. */
export async function runToolForm<T>(user: AdminUser, formData: FormData, form: ToolForm<T>): Promise<ActionOutcome<FormState>> {
  const ref = toolRefSchema.safeParse({ toolId: field(formData, "toolId"), version: field(formData, "version") });
  if (!ref.success) return { state: { status: "failed", message: "The form is missing which tool and version it edits: reload the page." } };
  const input = form.schema.safeParse(form.read(formData));
  if (!input.success) return { state: invalid(fieldErrors(input.error), formValues(formData)) };
  const result = await writeTool(user, ref.data, form.audit(input.data), form.mutate(input.data));
  return toFormState(result, formData, form.saved(input.data));
}

/** A fact's source as its form fields send it (`source.url`, `source.date`…), so schema errors land on the same names. */
export function readSource(formData: FormData, prefix = "source") {
  return {
    url: field(formData, `${prefix}.url`)?.trim(),
    date: field(formData, `${prefix}.date`),
    checkedAt: field(formData, `${prefix}.checkedAt`),
    kind: field(formData, `${prefix}.kind`),
    via: optionalField(formData, `${prefix}.via`),
  };
}
