"use client";

import { useActionState } from "react";
import { fieldError, IDLE, typed, typedChecked } from "@/lib/admin/form-state";
import type { ToolState } from "@/lib/admin/tools/tool-state";
import { PRICING_MODELS, PRICING_MODEL_LABELS, TOOL_CATEGORIES, TOOL_CATEGORY_LABELS, TOOL_KINDS, TOOL_KIND_LABELS } from "@/lib/schemas/enums";
import { BaseValues, CheckboxField, SelectField, TextArea, TextField, ToolRefFields } from "./fields";
import { FormStatus } from "./form-status";
import { StatusFields } from "./status-fields";
import { versionToSubmit, type FormAction } from "./types";

type Profile = Pick<ToolState, "name" | "kind" | "category" | "vendor" | "summary" | "website" | "sourceRepository" | "license" | "pricingModel" | "freeTier"> & { slug: string };

const categories = TOOL_CATEGORIES.map((value) => ({ value, label: TOOL_CATEGORY_LABELS[value].many }));
const kinds = TOOL_KINDS.map((value) => ({ value, label: TOOL_KIND_LABELS[value] }));
const pricing = PRICING_MODELS.map((value) => ({ value, label: PRICING_MODEL_LABELS[value] }));

/** A tool's profile: creates a draft (no tool yet) or edits an existing tool at a given version. */
/** Creating a tool also asks for its status and where that is stated (`today` is the default "checked on"). */
export function ProfileForm({ action, profile, tool, today }: { action: FormAction; profile: Profile; tool?: { id: number; version: number }; today?: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const value = (name: keyof Profile) => typed(state, name) ?? String(profile[name] ?? "");
  const props = (name: keyof Profile, label: string) => ({ id: `profile-${name}`, name, label, error: fieldError(state, name), defaultValue: value(name) });
  return (
    <form action={formAction} noValidate className="space-y-3" aria-label="Profile">
      {tool && <ToolRefFields toolId={tool.id} version={versionToSubmit(state, tool.version)} />}
      {tool && <BaseValues values={{ ...profile, slug: null, sourceRepository: profile.sourceRepository ?? "", license: profile.license ?? "" }} />}
      {!tool && <TextField {...props("slug", "Slug")} hint="Lowercase words joined by hyphens; left empty, it is made from the name. It cannot change later." />}
      <div className="grid gap-3 md:grid-cols-2">
        <TextField {...props("name", "Name")} required />
        <TextField {...props("vendor", "Vendor")} required />
        <SelectField {...props("kind", "Kind")} options={kinds} />
        <SelectField {...props("category", "Category (the job it does)")} options={categories} />
        <SelectField {...props("pricingModel", "Pricing model")} options={pricing} />
      </div>
      <TextArea {...props("summary", "Summary")} rows={3} required />
      <div className="grid gap-3 md:grid-cols-2">
        <TextField {...props("website", "Website")} type="url" required />
        <TextField {...props("sourceRepository", "Source repository")} type="url" hint="Optional." />
        <TextField {...props("license", "Licence")} hint="Optional: empty when unsure." />
      </div>
      {!tool && today && <StatusFields state={state} idPrefix="profile" today={today} withSuccessor={false} />}
      <CheckboxField id="profile-freeTier" name="freeTier" label="Has a free tier" defaultChecked={typedChecked(state, "freeTier") ?? profile.freeTier} error={fieldError(state, "freeTier")} />
      <FormStatus state={state} />
      <button type="submit" className="button" disabled={pending}>
        {tool ? "Save profile" : "Create draft"}
      </button>
    </form>
  );
}
