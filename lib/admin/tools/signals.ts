import { z } from "zod";
import type { AdminUser } from "@/lib/auth/session";
import { signalToRow } from "@/lib/catalog/fact-rows";
import { scoreSignalSchema, type ScoreSignalInput } from "@/lib/schemas/tool";
import type { FormState } from "../form-state";
import { checkbox, field, idSchema, numberField, optionalField, readSource, runToolForm } from "./form-input";
import type { ToolState } from "./tool-state";
import { RejectedEdit } from "./write-tool";

// Score signals are the evidence Rank is computed from: each has a source URL
// with its own date, the day it was checked and how it is known. Rank and sub-scores are never typed in; every
// save recomputes them.

function readSignal(formData: FormData) {
  return {
    kind: field(formData, "kind"),
    value: numberField(formData, "value"),
    rounded: checkbox(formData, "rounded"),
    note: optionalField(formData, "note"),
    source: readSource(formData),
  };
}

function checkKind(tool: ToolState, signal: ScoreSignalInput, signalId?: number): void {
  if (signalId !== undefined && !tool.signals.some((existing) => existing.id === signalId)) {
    throw new RejectedEdit({}, "Nothing was saved: that signal is no longer part of this tool (reload the page).");
  }
  if (tool.signals.some((existing) => existing.kind === signal.kind && existing.id !== signalId)) {
    throw new RejectedEdit({ kind: "this tool already has a signal of this kind: edit that one" });
  }
}

const columns = signalToRow;

export function addSignal(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: scoreSignalSchema,
    read: readSignal,
    audit: ({ kind }) => ({ action: "signal.create", entityType: "signal", entityId: kind }),
    mutate: (signal) => async (tx, tool) => {
      checkKind(tool, signal);
      await tx.scoreSignal.create({ data: { ...columns(signal), toolId: tool.id } });
    },
    saved: ({ kind }) => `Signal ${kind} added; scores recomputed.`,
  });
}

const signalEditSchema = scoreSignalSchema.extend({ signalId: idSchema });

export function updateSignal(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: signalEditSchema,
    read: (data) => ({ ...readSignal(data), signalId: field(data, "signalId") }),
    audit: ({ kind }) => ({ action: "signal.update", entityType: "signal", entityId: kind }),
    mutate: ({ signalId, ...signal }) => async (tx, tool) => {
      checkKind(tool, signal, signalId);
      await tx.scoreSignal.update({ where: { id: signalId }, data: columns(signal) });
    },
    saved: ({ kind }) => `Signal ${kind} saved; scores recomputed.`,
  });
}

export function removeSignal(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: z.object({ signalId: idSchema }),
    read: (data) => ({ signalId: field(data, "signalId") }),
    audit: ({ signalId }) => ({ action: "signal.delete", entityType: "signal", entityId: signalId }),
    mutate: ({ signalId }) => async (tx, tool) => {
      if (!tool.signals.some((signal) => signal.id === signalId)) throw new RejectedEdit({}, "Nothing was saved: that signal is no longer part of this tool.");
      await tx.scoreSignal.delete({ where: { id: signalId } });
    },
    saved: () => "Signal removed; scores recomputed.",
  });
}
