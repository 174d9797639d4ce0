import type { Metadata } from "next";
import Link from "next/link";
import { AdminHeader } from "@/components/admin/admin-header";
import { ToolFilters } from "@/components/admin/tool-filters";
import { ADMIN_PATHS } from "@/lib/admin/paths";
import { adminToolQuery, listToolsForAdmin } from "@/lib/admin/tool-list";
import { requireUser } from "@/lib/auth/require-user";
import { toolPath } from "@/lib/compare-url";
import { today } from "@/lib/dates";
import { lifecycleLabel } from "@/lib/lifecycle";
import { TOOL_KIND_LABELS } from "@/lib/schemas/enums";
import { signOut } from "./session-actions";

export const metadata: Metadata = { title: "Tools" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminHome({ searchParams }: Props) {
  const user = await requireUser("editor");
  const params = await searchParams;
  const { query, problems } = adminToolQuery(params);
  const { tools, total, page, pageCount } = await listToolsForAdmin(query, today());
  return (
    <div>
      <AdminHeader user={user} signOut={signOut} />
      <div className="space-y-4">
        {params.refused && (
          <p role="alert" className="text-red-700 dark:text-red-400">
            That page needs the {String(params.refused)} role.
          </p>
        )}
        {problems.map((problem) => (
          <p key={problem} role="alert" className="text-red-700 dark:text-red-400">
            {problem}
          </p>
        ))}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl">Tools ({total})</h1>
          <Link className="button" href={ADMIN_PATHS.newTool}>
            New tool
          </Link>
        </div>
        <ToolFilters query={query} />
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-zinc-300 dark:border-zinc-700">
                <th scope="col" className="py-1 pr-3">Tool</th>
                <th scope="col" className="px-2 py-1">Kind</th>
                <th scope="col" className="px-2 py-1">Status</th>
                <th scope="col" className="px-2 py-1">Rank</th>
                <th scope="col" className="px-2 py-1">Version</th>
                <th scope="col" className="px-2 py-1">Verified</th>
                <th scope="col" className="px-2 py-1">Proposals</th>
              </tr>
            </thead>
            <tbody>
              {tools.map((tool) => (
                <tr key={tool.id} className="border-b border-zinc-200 dark:border-zinc-800">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    <Link href={ADMIN_PATHS.tool(tool.slug)}>{tool.name}</Link>
                    <span className="muted ml-2 text-xs">{tool.slug}</span>
                  </th>
                  <td className="px-2 py-1">{TOOL_KIND_LABELS[tool.kind]}</td>
                  <td className="px-2 py-1">
                    {lifecycleLabel({ value: tool.status, date: null })}
                    {", "}
                    {tool.published ? <Link href={toolPath(tool.slug)}>published</Link> : <span className="chip">unpublished</span>}
                  </td>
                  <td className="px-2 py-1 tabular-nums">{tool.rank ?? "—"}</td>
                  <td className="px-2 py-1 tabular-nums">{tool.version}</td>
                  <td className="px-2 py-1">
                    {tool.lastVerifiedAt}
                    {tool.stale && <span className="chip ml-1">price over 180 days old</span>}
                  </td>
                  <td className="px-2 py-1 tabular-nums">{tool.pending > 0 ? <Link href={ADMIN_PATHS.proposals({ tool: tool.slug })}>{tool.pending} pending</Link> : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <nav aria-label="Pages" className="flex gap-3 text-sm">
          {page > 1 && <Link href={ADMIN_PATHS.tools({ ...query, page: page - 1 })}>← Previous</Link>}
          <span className="muted">
            Page {page} of {pageCount}
          </span>
          {page < pageCount && <Link href={ADMIN_PATHS.tools({ ...query, page: page + 1 })}>Next →</Link>}
        </nav>
      </div>
    </div>
  );
}
