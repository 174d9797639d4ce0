import type { AdminUser } from "@/lib/auth/session";
import { dateColumn } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { profileToRow, statusToRow } from "@/lib/catalog/profile";
import { toolProfileSchema, toolStatusSchema } from "@/lib/schemas/tool";
import { slugify } from "@/lib/slug";
import type { ActionOutcome } from "../action";
import { recordAudit } from "../audit/record";
import { fieldErrors, formValues, invalid, type FormState } from "../form-state";
import { ADMIN_PATHS } from "../paths";
import { field } from "./form-input";
import { readProfile, readStatus } from "./profile";

const newToolSchema = toolProfileSchema.extend({ status: toolStatusSchema });

type Creation = { kind: "created"; slug: string } | { kind: "invalid"; errors: Record<string, string> };
import { diffTools } from "./tool-diff";
import { loadToolState } from "./tool-state";
import { lockCatalogue } from "./write-tool";

/**
 * Creates a tool as an unpublished draft: it goes public when an editor
 * publishes it, which needs what every published tool needs (a capability at least).
 */
export async function createTool(user: AdminUser, _state: FormState, formData: FormData): Promise<ActionOutcome<FormState>> {
  const profile = readProfile(formData);
  const slug = field(formData, "slug")?.trim() || slugify(profile.name ?? "");
  const parsed = newToolSchema.safeParse({ ...profile, slug, status: readStatus(formData) });
  if (!parsed.success) return { state: invalid(fieldErrors(parsed.error), formValues(formData)) };
  const { status, ...input } = parsed.data;
  const created = await db().$transaction(async (tx): Promise<Creation> => {
    await lockCatalogue(tx);
    const taken = await tx.tool.findUnique({ where: { slug: input.slug }, select: { name: true } });
    if (taken) return { kind: "invalid", errors: { slug: `is already the slug of ${taken.name}` } };
    const successor = status.successor === null ? null : await tx.tool.findUnique({ where: { slug: status.successor }, select: { id: true } });
    if (status.successor !== null && !successor) return { kind: "invalid", errors: { "status.successor": "is not the slug of a tool in the catalogue" } };
    const columns = { slug: input.slug, ...profileToRow(input), ...statusToRow(status), successorId: successor?.id ?? null };
    const tool = await tx.tool.create({ data: { ...columns, lastVerifiedAt: dateColumn(status.source.checkedAt), published: false } });
    const state = (await loadToolState(tx, { id: tool.id }))!;
    await recordAudit(tx, user, { action: "tool.create", entityType: "tool", toolId: tool.id, diff: { fromVersion: 0, toVersion: state.version, changes: diffTools(null, state) } });
    return { kind: "created", slug: tool.slug };
  });
  if (created.kind === "invalid") return { state: invalid(created.errors, formValues(formData)) };
  // A draft is on no public page, so no cached page needs expiring.
  return { state: { status: "saved", message: "Tool created as an unpublished draft." }, refresh: true, redirectTo: ADMIN_PATHS.tool(created.slug) };
}
