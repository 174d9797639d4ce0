import { dateColumn, isoDate } from "@/lib/dates";
import type { ToolProfileInput } from "@/lib/schemas/tool";

/** A tool's profile fields apart from its slug, in the order seed files and exports write them. */
export const PROFILE_FIELDS = ["name", "kind", "vendor", "summary", "website", "sourceRepository", "license", "pricingModel", "freeTier"] as const;

export type ToolProfile = Omit<ToolProfileInput, "slug">;
type ProfileColumns = Pick<ToolProfile, (typeof PROFILE_FIELDS)[number]> & { lastVerifiedAt: Date };

/** Only the profile fields, in their written order. */
export function pickProfile(source: Pick<ToolProfile, (typeof PROFILE_FIELDS)[number]>) {
  return Object.fromEntries(PROFILE_FIELDS.map((field) => [field, source[field]])) as Pick<ToolProfile, (typeof PROFILE_FIELDS)[number]>;
}

/** The profile as seeds, forms and exports write it (dates as YYYY-MM-DD). */
export function profileFromRow(row: ProfileColumns): ToolProfile {
  return { ...pickProfile(row), lastVerifiedAt: isoDate(row.lastVerifiedAt) };
}

/** The profile as the tool table stores it. */
export function profileToRow(profile: ToolProfile): ProfileColumns {
  return { ...pickProfile(profile), lastVerifiedAt: dateColumn(profile.lastVerifiedAt) };
}
