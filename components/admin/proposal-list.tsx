import Link from "next/link";
import { formatDate } from "@/lib/dates";
import { ADMIN_PATHS } from "@/lib/admin/paths";
import { PROPOSAL_KIND_LABELS, type SourceGroup } from "@/lib/admin/proposals/list";
import { ProposalDecision, ProposalDecisions } from "./proposal-decision";
import type { FormAction } from "./types";

/** Pending proposals by source and tool: what changes (before → after), where the source says so, its date, and any flag. */
export function ProposalList({ groups, accept, reject }: { groups: SourceGroup[]; accept: FormAction; reject: FormAction }) {
  return (
    <ProposalDecisions accept={accept} reject={reject}>
      {groups.map((group) => (
        <section key={group.source} aria-label={`Proposals from ${group.source}`} className="mb-6 space-y-4">
          <h2 className="text-xl">{group.source}</h2>
          {group.tools.map((tool) => (
            <section key={tool.slug} aria-label={tool.name ?? `New: ${tool.slug}`} className="card space-y-3">
              <h3 className="font-semibold">
                {tool.name ? <Link href={ADMIN_PATHS.tool(tool.slug)}>{tool.name}</Link> : <>New model: {tool.slug}</>}
              </h3>
              <ul className="space-y-4">
                {tool.proposals.map((proposal) => (
                  <li key={proposal.id} className="space-y-2 border-t border-zinc-200 pt-3 dark:border-zinc-800" data-testid="proposal">
                    <p className="text-sm">
                      <span className="chip">{PROPOSAL_KIND_LABELS[proposal.kind]}</span> <strong>{proposal.subject}</strong>
                    </p>
                    <p className="text-sm">
                      <span className="muted">{proposal.before}</span> → <span>{proposal.after}</span>
                    </p>
                    <p className="muted text-xs">
                      {proposal.url ? <a href={proposal.url}>source</a> : "source"}, {group.source} {proposal.version}, data of {formatDate(proposal.date)}
                    </p>
                    {proposal.flags.map((flag) => (
                      <p key={flag} role="note" className="text-sm text-amber-800 dark:text-amber-300">
                        ⚑ {flag}
                      </p>
                    ))}
                    <ProposalDecision id={proposal.id} needsDate={proposal.needsDate} subject={proposal.subject} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </ProposalDecisions>
  );
}
