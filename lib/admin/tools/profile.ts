import { z } from "zod";
import type { AdminUser } from "@/lib/auth/session";
import { dateColumn } from "@/lib/dates";
import { toolProfileSchema } from "@/lib/schemas/tool";
import type { FormState } from "../form-state";
import { checkbox, field, optionalField, runToolForm } from "./form-input";

/** The profile fields as a form sends them (the slug is fixed once a tool exists: it is in every URL). */
export function readProfile(formData: FormData) {
  return {
    name: field(formData, "name"),
    kind: field(formData, "kind"),
    vendor: field(formData, "vendor"),
    summary: field(formData, "summary"),
    website: field(formData, "website")?.trim(),
    sourceRepository: optionalField(formData, "sourceRepository"),
    license: optionalField(formData, "license"),
    pricingModel: field(formData, "pricingModel"),
    freeTier: checkbox(formData, "freeTier"),
    lastVerifiedAt: field(formData, "lastVerifiedAt"),
  };
}

const profileEditSchema = toolProfileSchema.omit({ slug: true });

export function updateProfile(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: profileEditSchema,
    read: readProfile,
    audit: () => ({ action: "tool.update", entityType: "tool" }),
    mutate: (profile) => async (tx, tool) => {
      await tx.tool.update({ where: { id: tool.id }, data: { ...profile, lastVerifiedAt: dateColumn(profile.lastVerifiedAt) } });
    },
    saved: () => "Profile saved.",
  });
}

export const todayIso = () => new Date().toISOString().slice(0, 10);

export function markVerifiedToday(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: z.object({}),
    read: () => ({}),
    audit: () => ({ action: "tool.verify", entityType: "tool" }),
    mutate: () => async (tx, tool) => {
      await tx.tool.update({ where: { id: tool.id }, data: { lastVerifiedAt: dateColumn(todayIso()) } });
    },
    saved: () => `Marked as verified today (${todayIso()}).`,
  });
}

const publicationSchema = z.object({ published: z.enum(["yes", "no"], { error: "must be yes or no" }) });

/** Unpublish hides the tool from every public page; restore shows it again. Nothing is ever deleted. */
export function setPublished(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: publicationSchema,
    read: (data) => ({ published: field(data, "published") }),
    audit: ({ published }) => ({ action: published === "yes" ? "tool.publish" : "tool.unpublish", entityType: "tool" }),
    mutate: ({ published }) => async (tx, tool) => {
      await tx.tool.update({ where: { id: tool.id }, data: { published: published === "yes" } });
    },
    saved: ({ published }) => (published === "yes" ? "Published: the tool is on the public pages again." : "Unpublished: the tool is hidden from every public page."),
  });
}
