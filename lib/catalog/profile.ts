import { dateColumn, isoDate } from "@/lib/dates";
import type { Evidence, LifecycleStatus } from "@/lib/schemas/enums";
import { categoryFromRow, categoryToRow } from "@/lib/schemas/enums";
import type { CapabilityInput, ToolProfileInput, ToolStatusInput } from "@/lib/schemas/tool";
import type { $Enums } from "@/lib/generated/prisma/client";
import { sourceFromColumns, sourceToColumns } from "./fact-rows";

/** A tool's profile fields apart from its slug, in the order seed files and exports write them. */
export const PROFILE_FIELDS = ["name", "kind", "category", "vendor", "summary", "website", "sourceRepository", "license", "pricingModel", "freeTier"] as const;

export type ToolProfile = Omit<ToolProfileInput, "slug">;
type ProfileRow = Omit<ToolProfile, "category"> & { category: $Enums.ToolCategory };

/** Only the profile fields, in their written order. */
export function pickProfile(source: ToolProfile): ToolProfile {
  return Object.fromEntries(PROFILE_FIELDS.map((field) => [field, source[field]])) as ToolProfile;
}

/** The profile as seeds, forms and exports write it. */
export function profileFromRow(row: ProfileRow): ToolProfile {
  return pickProfile({ ...row, category: categoryFromRow(row.category) });
}

/** The profile as the tool table stores it. */
export function profileToRow(profile: ToolProfile): ProfileRow {
  return { ...pickProfile(profile), category: categoryToRow(profile.category) };
}

export type StatusColumns = {
  status: LifecycleStatus;
  statusDate: Date | null;
  statusSourceUrl: string;
  statusSourceDate: Date;
  statusCheckedAt: Date;
  statusEvidence: Evidence;
  statusVia: string | null;
};

/** A tool's status as the seed format writes it; the successor is given by slug. */
export function statusFromRow(row: StatusColumns & { successor: { slug: string } | null }): ToolStatusInput {
  const source = sourceFromColumns({ sourceUrl: row.statusSourceUrl, sourceDate: row.statusSourceDate, checkedAt: row.statusCheckedAt, evidence: row.statusEvidence, via: row.statusVia });
  return { value: row.status, date: row.statusDate && isoDate(row.statusDate), successor: row.successor?.slug ?? null, source };
}

/** The status columns of the tool table (the successor's id is resolved separately). */
export function statusToRow(status: Omit<ToolStatusInput, "successor">): StatusColumns {
  const source = sourceToColumns(status.source);
  return {
    status: status.value,
    statusDate: status.date === null ? null : dateColumn(status.date),
    statusSourceUrl: source.sourceUrl,
    statusSourceDate: source.sourceDate,
    statusCheckedAt: source.checkedAt,
    statusEvidence: source.evidence,
    statusVia: source.via,
  };
}

type CapabilityRow = { title: string; description: string; unique: string; vsAlternatives: string; sources: string[]; taggings: { tag: { slug: string } }[] };

/** A stored capability as seeds and forms write it, tags sorted. */
export function capabilityFromRow(capability: CapabilityRow): CapabilityInput {
  const { title, description, unique, vsAlternatives, sources } = capability;
  return { title, description, unique, vsAlternatives, tags: capability.taggings.map(({ tag }) => tag.slug).sort(), sources };
}
