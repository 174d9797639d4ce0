import { dateColumn, isoDate } from "@/lib/dates";
import type { SourceInput } from "@/lib/schemas/tool";
import type { ProposalDraft } from "./proposal";
import type { SourceData, SourceOffer } from "./types";

/** What every proposal of one sync run of one source shares. */
export type RunContext = { data: SourceData; today: string };

/** A fact's provenance when it comes from a dataset: the provider's page it cites, the dataset's own date, checked on the day of the sync. */
export function provenance(ctx: RunContext, entry: SourceOffer): SourceInput {
  const date = entry.date <= ctx.today ? entry.date : ctx.today;
  return { url: entry.url, date, checkedAt: ctx.today, kind: "vendor", via: ctx.data.via };
}

export function draftBase(ctx: RunContext): Pick<ProposalDraft, "source" | "sourceVersion" | "sourceDate" | "flags"> {
  return { source: ctx.data.source, sourceVersion: ctx.data.version, sourceDate: ctx.data.date, flags: [] };
}

export const nextDay = (date: string) => isoDate(new Date(dateColumn(date).getTime() + 86_400_000));
