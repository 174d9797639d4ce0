import Link from "next/link";
import { ADMIN_PATHS } from "@/lib/admin/paths";
import type { AdminUser } from "@/lib/auth/session";

/** The admin's own navigation, with who is signed in and the sign-out button (a plain form: works without JavaScript). */
export function AdminHeader({ user, signOut }: { user: AdminUser; signOut: () => Promise<void> }) {
  return (
    <nav aria-label="Admin" className="card mb-6 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
      <Link href={ADMIN_PATHS.home} className="font-semibold">
        Admin
      </Link>
      <Link href={ADMIN_PATHS.newTool}>New tool</Link>
      <Link href={ADMIN_PATHS.proposals()}>Proposed changes</Link>
      <Link href={ADMIN_PATHS.audit()}>Audit log</Link>
      <Link href={ADMIN_PATHS.importExport}>Import and export</Link>
      {user.role === "admin" && <Link href={ADMIN_PATHS.users}>Users</Link>}
      <span className="muted ml-auto">
        {user.email} ({user.role})
      </span>
      <form action={signOut}>
        <button type="submit" className="button-quiet">
          Sign out
        </button>
      </form>
    </nav>
  );
}
