import type { Metadata } from "next";
import { AdminHeader } from "@/components/admin/admin-header";
import { ImportPanel } from "@/components/admin/import-panel";
import { ADMIN_PATHS } from "@/lib/admin/paths";
import { requireUser } from "@/lib/auth/require-user";
import { signOut } from "../session-actions";
import { applyCatalogueImport, previewCatalogueImport } from "./actions";

export const metadata: Metadata = { title: "Import and export" };
export const instant = false;

export default async function ImportExportPage() {
  const user = await requireUser("editor");
  return (
    <div>
      <AdminHeader user={user} signOut={signOut} />
      <div className="space-y-8">
        <section className="space-y-2" aria-labelledby="export-heading">
          <h1 id="export-heading" className="text-2xl">Export</h1>
          <p className="muted">The whole catalogue — every tool, published or not, and the capability tags — as one JSON file in the seed format.</p>
          <a className="button" href={ADMIN_PATHS.exportFile} download>
            Download the catalogue
          </a>
        </section>
        <section className="space-y-2" aria-labelledby="import-heading">
          <h2 id="import-heading" className="text-2xl">Import</h2>
          {user.role === "admin" ? (
            <ImportPanel preview={previewCatalogueImport} apply={applyCatalogueImport} />
          ) : (
            <p className="muted">Importing changes many tools at once: it needs the admin role.</p>
          )}
        </section>
      </div>
    </div>
  );
}
