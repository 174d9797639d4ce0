import { z } from "zod";
import type { AdminUser } from "@/lib/auth/session";
import { isoDateSchema } from "@/lib/schemas/source";
import { db } from "@/lib/db/client";
import { acceptProposals, rejectProposals, type DecisionResult } from "@/lib/sources/decide";
import type { ActionOutcome } from "../action";
import { fieldErrors, formValues, invalid, type FormState } from "../form-state";
import { field, idSchema } from "../tools/form-input";

// The Proposed changes page's actions: accept or reject one proposal, or all
// pending ones from a source. Accepting expires exactly the cache tags of the
// tools it changed (and the catalogue's); rejecting changes no public page.

const statusChoiceSchema = z.object({ value: z.enum(["deprecated", "retired"], { error: "must be deprecated or retired" }), date: isoDateSchema });

/** The form's state after a decision; `refresh` re-renders the page (a single decision's message stays with its proposal instead). */
function outcome(result: DecisionResult, done: (count: number) => string, refresh = false): ActionOutcome<FormState> {
  const left = result.failed.map((failure) => `${failure.subject}: ${failure.message}`).join(" ");
  if (result.decided.length === 0) return { state: { status: "failed", message: left || "Nothing was pending." } };
  const message = `${done(result.decided.length)}${left ? ` Not decided: ${left}` : ""}`;
  return { state: { status: "saved", message }, expire: result.tags, refresh };
}

export async function acceptProposal(user: AdminUser, _state: FormState, formData: FormData): Promise<ActionOutcome<FormState>> {
  const id = idSchema.safeParse(field(formData, "proposalId"));
  if (!id.success) return { state: { status: "failed", message: "The form is missing which proposal it accepts: reload the page." } };
  const choices = new Map<number, z.infer<typeof statusChoiceSchema>>();
  if (field(formData, "status.value") !== undefined) {
    const choice = statusChoiceSchema.safeParse({ value: field(formData, "status.value"), date: field(formData, "status.date") });
    if (!choice.success) return { state: invalid(Object.fromEntries(Object.entries(fieldErrors(choice.error)).map(([k, v]) => [`status.${k}`, v])), formValues(formData)) };
    choices.set(id.data, choice.data);
  }
  return outcome(await acceptProposals(user, [id.data], choices), () => "Accepted: the change is on the public pages.");
}

export async function rejectProposal(user: AdminUser, _state: FormState, formData: FormData): Promise<ActionOutcome<FormState>> {
  const id = idSchema.safeParse(field(formData, "proposalId"));
  if (!id.success) return { state: { status: "failed", message: "The form is missing which proposal it rejects: reload the page." } };
  return outcome(await rejectProposals(user, [id.data]), () => "Rejected: it will not be proposed again unless the source's value changes.");
}

const bulkSchema = z.object({ source: z.string().trim().min(1, { error: "is required" }).max(100), decision: z.enum(["accept", "reject"], { error: "must be accept or reject" }) });

/** Every pending proposal of one source, accepted or rejected at once (status changes, which need a date, are left for one-by-one). */
export async function decideSource(user: AdminUser, _state: FormState, formData: FormData): Promise<ActionOutcome<FormState>> {
  const input = bulkSchema.safeParse({ source: field(formData, "source"), decision: field(formData, "decision") });
  if (!input.success) return { state: invalid(fieldErrors(input.error), formValues(formData)) };
  const { source, decision } = input.data;
  const pending = await db().sourceProposal.findMany({ where: { source, status: "pending", ...(decision === "accept" && { kind: { not: "status_change" } }) }, select: { id: true }, orderBy: { id: "asc" } });
  const ids = pending.map((row) => row.id);
  const plural = (n: number) => `${n} proposal${n === 1 ? "" : "s"} from ${source}.`;
  if (decision === "reject") return outcome(await rejectProposals(user, ids), (n) => `Rejected ${plural(n)}`, true);
  return outcome(await acceptProposals(user, ids), (n) => `Accepted ${plural(n)}`, true);
}
