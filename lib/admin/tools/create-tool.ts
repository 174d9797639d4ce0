import type { AdminUser } from "@/lib/auth/session";
import { dateColumn } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { toolProfileSchema } from "@/lib/schemas/tool";
import { slugify } from "@/lib/slug";
import type { ActionOutcome } from "../action";
import { recordAudit } from "../audit/record";
import { fieldErrors, formValues, invalid, type FormState } from "../form-state";
import { ADMIN_PATHS } from "../paths";
import { field } from "./form-input";
import { readProfile } from "./profile";
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
  const parsed = toolProfileSchema.safeParse({ ...profile, slug });
  if (!parsed.success) return { state: invalid(fieldErrors(parsed.error), formValues(formData)) };
  const input = parsed.data;
  const created = await db().$transaction(async (tx) => {
    await lockCatalogue(tx);
    const taken = await tx.tool.findUnique({ where: { slug: input.slug }, select: { name: true } });
    if (taken) return { taken: taken.name };
    const tool = await tx.tool.create({ data: { ...input, lastVerifiedAt: dateColumn(input.lastVerifiedAt), published: false } });
    const state = (await loadToolState(tx, { id: tool.id }))!;
    await recordAudit(tx, user, { action: "tool.create", entityType: "tool", toolId: tool.id, diff: { fromVersion: 0, toVersion: state.version, changes: diffTools(null, state) } });
    return { slug: tool.slug };
  });
  if ("taken" in created) {
    return { state: invalid({ slug: `is already the slug of ${created.taken}` }, formValues(formData)) };
  }
  // A draft is on no public page, so no cached page needs expiring.
  return { state: { status: "saved", message: "Tool created as an unpublished draft." }, refresh: true, redirectTo: ADMIN_PATHS.tool(created.slug) };
}
