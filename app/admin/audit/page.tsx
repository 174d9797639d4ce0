import type { Metadata } from "next";
import Link from "next/link";
import { AdminHeader } from "@/components/admin/admin-header";
import { ChangesTable } from "@/components/admin/changes-table";
import { auditFilterChoices, auditFilters, listAuditEntries } from "@/lib/admin/audit/list";
import { ADMIN_PATHS } from "@/lib/admin/paths";
import { requireUser } from "@/lib/auth/require-user";
import { signOut } from "../session-actions";

export const metadata: Metadata = { title: "Audit log" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser("editor");
  const filters = auditFilters(await searchParams);
  const [{ entries, total, page, pageCount }, choices] = await Promise.all([listAuditEntries(filters), auditFilterChoices()]);
  return (
    <div>
      <AdminHeader user={user} signOut={signOut} />
      <div className="space-y-4">
        <h1 className="text-2xl">Audit log</h1>
        <form method="get" action={ADMIN_PATHS.audit()} className="card flex flex-wrap items-end gap-3" aria-label="Filter the audit log">
          <label className="flex flex-col gap-1 text-sm">
            Tool
            <select name="tool" defaultValue={filters.tool ?? ""} className="field">
              <option value="">Every tool</option>
              {choices.tools.map((tool) => (
                <option key={tool.slug} value={tool.slug}>
                  {tool.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-sm">
            Editor
            <select name="editor" defaultValue={filters.editor ?? ""} className="field">
              <option value="">Everyone</option>
              {choices.editors.map((email) => (
                <option key={email} value={email}>
                  {email}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button">Filter</button>
          <Link href={ADMIN_PATHS.audit()} className="text-sm">Clear</Link>
        </form>
        <p className="muted text-sm" role="status">
          {total} change{total === 1 ? "" : "s"}, newest first.
        </p>
        <ol className="space-y-3">
          {entries.map((entry) => (
            <li key={entry.id} className="card space-y-2" data-testid="audit-entry">
              <p className="text-sm">
                <time dateTime={entry.at}>{entry.at.replace("T", " ").slice(0, 19)} UTC</time> · <strong>{entry.actorEmail}</strong> ·{" "}
                <span className="font-mono">{entry.action}</span>
                {entry.tool && (
                  <>
                    {" "}· <Link href={ADMIN_PATHS.tool(entry.tool.slug)}>{entry.tool.name}</Link>
                  </>
                )}
                {entry.toVersion !== undefined && <span className="muted"> · version {entry.fromVersion} → {entry.toVersion}</span>}
              </p>
              <ChangesTable changes={entry.changes} />
            </li>
          ))}
        </ol>
        <nav aria-label="Pages" className="flex gap-3 text-sm">
          {page > 1 && <Link href={ADMIN_PATHS.audit({ ...filters, page: page - 1 })}>← Newer</Link>}
          <span className="muted">
            Page {page} of {pageCount}
          </span>
          {page < pageCount && <Link href={ADMIN_PATHS.audit({ ...filters, page: page + 1 })}>Older →</Link>}
        </nav>
      </div>
    </div>
  );
}
