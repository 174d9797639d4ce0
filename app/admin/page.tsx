import type { Metadata } from "next";
import Link from "next/link";
import { AdminHeader } from "@/components/admin/admin-header";
import { ADMIN_PATHS } from "@/lib/admin/paths";
import { listToolsForAdmin } from "@/lib/admin/queries";
import { requireUser } from "@/lib/auth/require-user";
import { toolPath } from "@/lib/compare-url";
import { TOOL_KIND_LABELS } from "@/lib/schemas/enums";
import { signOut } from "./session-actions";

export const metadata: Metadata = { title: "Tools" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminHome({ searchParams }: Props) {
  const user = await requireUser("editor");
  const [{ refused }, tools] = await Promise.all([searchParams, listToolsForAdmin()]);
  return (
    <div>
      <AdminHeader user={user} signOut={signOut} />
      <div className="space-y-4">
        {refused && (
          <p role="alert" className="text-red-700 dark:text-red-400">
            That page needs the {String(refused)} role.
          </p>
        )}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl">Tools ({tools.length})</h1>
          <Link className="button" href={ADMIN_PATHS.newTool}>
            New tool
          </Link>
        </div>
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
                  <td className="px-2 py-1">{tool.published ? <Link href={toolPath(tool.slug)}>published</Link> : <span className="chip">unpublished</span>}</td>
                  <td className="px-2 py-1 tabular-nums">{tool.rank}</td>
                  <td className="px-2 py-1 tabular-nums">{tool.version}</td>
                  <td className="px-2 py-1">{tool.lastVerifiedAt}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
