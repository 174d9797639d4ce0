import { z } from "zod";
import type { AdminUser } from "@/lib/auth/session";
import { profileToRow, statusToRow } from "@/lib/catalog/profile";
import { dateColumn, today } from "@/lib/dates";
import { toolProfileSchema, toolStatusSchema } from "@/lib/schemas/tool";
import type { FormState } from "../form-state";
import { checkbox, field, optionalField, readSource, runToolForm } from "./form-input";
import { RejectedEdit } from "./write-tool";

/** The profile fields as a form sends them (the slug is fixed once a tool exists: it is in every URL). */
export function readProfile(formData: FormData) {
  return {
    name: field(formData, "name"),
    kind: field(formData, "kind"),
    category: field(formData, "category"),
    vendor: field(formData, "vendor"),
    summary: field(formData, "summary"),
    website: field(formData, "website")?.trim(),
    sourceRepository: optionalField(formData, "sourceRepository"),
    license: optionalField(formData, "license"),
    pricingModel: field(formData, "pricingModel"),
    freeTier: checkbox(formData, "freeTier"),
  };
}

const profileEditSchema = toolProfileSchema.omit({ slug: true });

export function updateProfile(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: profileEditSchema,
    read: readProfile,
    audit: () => ({ action: "tool.update", entityType: "tool" }),
    mutate: (profile) => async (tx, tool) => {
      await tx.tool.update({ where: { id: tool.id }, data: profileToRow(profile) });
    },
    saved: () => "Profile saved.",
  });
}

/** The status fields as a form sends them. */
export function readStatus(formData: FormData) {
  return {
    value: field(formData, "status.value"),
    date: optionalField(formData, "status.date"),
    successor: optionalField(formData, "status.successor"),
    source: readSource(formData, "status.source"),
  };
}

/** Lifecycle: active, preview, deprecated (with the shutdown date), retired (with the date), archived; and a successor. */
export function updateStatus(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: z.object({ status: toolStatusSchema }),
    read: (data) => ({ status: readStatus(data) }),
    audit: () => ({ action: "tool.status", entityType: "tool" }),
    mutate: ({ status }) => async (tx, tool) => {
      const successor = status.successor === null ? null : await tx.tool.findUnique({ where: { slug: status.successor }, select: { id: true } });
      if (status.successor !== null && !successor) throw new RejectedEdit({ "status.successor": "is not the slug of a tool in the catalogue" });
      if (successor?.id === tool.id) throw new RejectedEdit({ "status.successor": "cannot be the tool itself" });
      await tx.tool.update({ where: { id: tool.id }, data: { ...statusToRow(status), successorId: successor?.id ?? null } });
    },
    saved: ({ status }) => `Status saved: ${status.value}.`,
  });
}

/** Someone checked the tool's status against its source today: "last verified" follows. */
export function markVerifiedToday(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: z.object({}),
    read: () => ({}),
    audit: () => ({ action: "tool.verify", entityType: "tool" }),
    mutate: () => async (tx, tool) => {
      await tx.tool.update({ where: { id: tool.id }, data: { statusCheckedAt: dateColumn(today()) } });
    },
    saved: () => `Status marked as checked today (${today()}).`,
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
