import { describeProposal } from "./describe";
import { fingerprint, PROPOSAL_KINDS, type ProposalDraft } from "./proposal";
import type { SyncReport } from "./sync";

// What `npm run sources:sync` prints: per source, its version and date, the
// proposals grouped by kind (before → after, flags), what the checks refused,
// and what the adapter could not read; counts throughout.

const KIND_TITLES: Record<ProposalDraft["kind"], string> = {
  new_tool: "New models",
  new_offer: "New offers",
  price_change: "Changed prices",
  status_change: "New statuses",
  fact_change: "Changed facts",
};

function countBy<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([name, count]) => `${count} × ${name}`).join("; ");
}

export function formatReport(report: SyncReport, verbose: boolean): string[] {
  const lines: string[] = [...report.notes];
  for (const data of report.sources) {
    const drafts = report.plan.drafts.filter((draft) => draft.source === data.source);
    const fresh = drafts.filter((draft) => report.stored.fresh.has(fingerprint(draft)));
    lines.push("", `== ${data.source} ${data.version} (data of ${data.date}): ${data.offers.length} entries, ${report.plan.matched[data.source] ?? 0} matched to the catalogue or new`);
    lines.push(`   ${drafts.length} proposals (${fresh.length} new, ${drafts.length - fresh.length} already proposed or decided)`);
    for (const kind of PROPOSAL_KINDS) {
      const ofKind = drafts.filter((draft) => draft.kind === kind);
      if (ofKind.length === 0) continue;
      lines.push(`-- ${KIND_TITLES[kind]}: ${ofKind.length}`);
      if (!verbose && kind !== "price_change" && kind !== "status_change") continue;
      for (const draft of ofKind) {
        const { before, after } = describeProposal(draft);
        const mark = report.stored.fresh.has(fingerprint(draft)) ? "new " : "    ";
        lines.push(`   ${mark}${draft.toolSlug} · ${draft.subject}: ${before} → ${after}${draft.flags.length ? `  [flag: ${draft.flags.join("; ")}]` : ""}`);
      }
    }
    const refused = report.plan.refused.filter((refusal) => refusal.source === data.source);
    if (refused.length) lines.push(`-- Refused by the data checks (not proposed): ${refused.length}`, ...refused.map((r) => `   ${r.toolSlug} · ${r.subject}: ${r.message}`));
    if (data.skipped.length) lines.push(`-- Not read: ${data.skipped.length} (${countBy(data.skipped, (skip) => skip.reason)})`);
  }
  const { created, known, refreshed, withdrawn } = report.stored;
  lines.push("", `proposals: ${created} new, ${known} already known (${refreshed} pending ones brought up to date), ${withdrawn} withdrawn (no longer suggested)`);
  if (report.applied) {
    lines.push(`applied: ${report.applied.decided.length} accepted as audited edits, ${report.applied.failed.length} left for an editor`);
    lines.push(...report.applied.failed.map((failure) => `   ${failure.subject}: ${failure.message}`));
  }
  const { read, catalogue, plan, store, apply } = report.ms;
  lines.push(`time: read the sources ${read.toFixed(0)} ms, load the catalogue ${catalogue.toFixed(0)} ms, compare ${plan.toFixed(0)} ms, store ${store.toFixed(0)} ms${report.applied ? `, apply ${apply.toFixed(0)} ms` : ""}`);
  return lines;
}
