import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ZodWithoutEval } from "@/components/zod-without-eval";
import { siteUrl } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "toolmatch — compare AI tools side by side", template: "%s · toolmatch" },
  description: "Honest, sourced side-by-side comparisons of AI models, APIs, apps and libraries: Rank, capabilities, prices and a verdict from the numbers.",
  applicationName: "toolmatch",
  openGraph: { siteName: "toolmatch", type: "website" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <ZodWithoutEval />
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-zinc-900">
          Skip to content
        </a>
        <header className="border-b border-zinc-200 dark:border-zinc-800">
          <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="text-lg font-bold text-zinc-900 no-underline dark:text-zinc-100">
              toolmatch
            </Link>
            <Link href="/tools">Catalogue</Link>
            <Link href="/search">Search</Link>
            <Link href="/capabilities">Capabilities</Link>
            <Link href="/methodology">How Rank works</Link>
          </nav>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-10">
          {children}
        </main>
        <footer className="border-t border-zinc-200 py-6 text-sm dark:border-zinc-800">
          <div className="muted mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-2 px-4">
            <span>toolmatch — every number sourced and dated.</span>
            <Link href="/methodology">Methodology</Link>
            <Link href="/tools">All tools</Link>
          </div>
        </footer>
      </body>
    </html>
  );
}
