import type { Metadata } from "next";
import Link from "next/link";
import { AdminHeader } from "@/components/admin/admin-header";
import { BulkDecision } from "@/components/admin/bulk-decision";
import { ProposalList } from "@/components/admin/proposal-list";
import { ADMIN_PATHS } from "@/lib/admin/paths";
import { listPendingProposals, PROPOSAL_KIND_LABELS, proposalFilters } from "@/lib/admin/proposals/list";
import { requireUser } from "@/lib/auth/require-user";
import { PROPOSAL_KINDS } from "@/lib/sources/proposal";
import { signOut } from "../session-actions";
import { acceptProposal, decideSource, rejectProposal } from "./actions";

export const metadata: Metadata = { title: "Proposed changes" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProposalsPage({ searchParams }: Props) {
  const user = await requireUser("editor");
  const { filters, problems } = proposalFilters(await searchParams);
  const { groups, total, sources, page, pageCount } = await listPendingProposals(filters);
  return (
    <div>
      <AdminHeader user={user} signOut={signOut} />
      <div className="space-y-4">
        <h1 className="text-2xl">Proposed changes{filters.tool ? ` for ${filters.tool}` : ""}</h1>
        <p className="muted text-sm">
          What maintained sources suggest (<code>npm run sources:sync</code>). Accepting one is an audited edit and shows on the public pages at once; a rejected one is not proposed again unless the source&apos;s value changes.
        </p>
        {problems.map((problem) => (
          <p key={problem} role="alert" className="text-red-700 dark:text-red-400">
            {problem}
          </p>
        ))}
        <form method="get" action={ADMIN_PATHS.proposals()} className="card flex flex-wrap items-end gap-3" aria-label="Filter the proposals">
          {filters.tool && <input type="hidden" name="tool" value={filters.tool} />}
          <label className="flex flex-col gap-1 text-sm">
            Source
            <select name="source" defaultValue={filters.source ?? ""} className="field">
              <option value="">Every source</option>
              {sources.map(({ source, pending }) => (
                <option key={source} value={source}>{`${source} (${pending})`}</option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-sm">
            Kind
            <select name="kind" defaultValue={filters.kind ?? ""} className="field">
              <option value="">Every kind</option>
              {PROPOSAL_KINDS.map((kind) => (
                <option key={kind} value={kind}>{PROPOSAL_KIND_LABELS[kind]}</option>
              ))}
            </select>
          </label>
          <button type="submit" className="button">Filter</button>
          <Link href={ADMIN_PATHS.proposals()} className="text-sm">Clear</Link>
        </form>
        <BulkDecision action={decideSource} sources={sources} />
        <p className="muted text-sm" role="status">
          {total} pending proposal{total === 1 ? "" : "s"}
          {pageCount > 1 ? `, page ${page} of ${pageCount}` : ""}.
        </p>
        <ProposalList groups={groups} accept={acceptProposal} reject={rejectProposal} />
        {pageCount > 1 && (
          <nav aria-label="Pages" className="flex gap-3 text-sm">
            {page > 1 && <Link href={ADMIN_PATHS.proposals({ ...filters, page: page - 1 })}>← Previous</Link>}
            {page < pageCount && <Link href={ADMIN_PATHS.proposals({ ...filters, page: page + 1 })}>Next →</Link>}
          </nav>
        )}
      </div>
    </div>
  );
}
