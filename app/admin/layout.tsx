import type { Metadata } from "next";
import type { ReactNode } from "react";

// Admin pages read the session on every request (never cached) and are kept out of search engines.
export const metadata: Metadata = {
  title: { default: "Admin", template: "%s · toolmatch admin" },
  robots: { index: false, follow: false },
};

export default function AdminLayout({ children }: { children: ReactNode }) {
  return <div className="space-y-6">{children}</div>;
}
