import type { Metadata } from "next";
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from "@/lib/cache/http-headers";

export const metadata: Metadata = { title: "Temporarily unavailable", robots: { index: false } };

/** What proxy.ts answers (503, Retry-After) for a page it cannot render while the database is unreachable. */
export default function Unavailable() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <h1 className="text-3xl">Back in a moment</h1>
      <p className="muted">
        This page cannot be shown right now because our database is not answering. Pages already served recently still work. Please try again
        in {UNAVAILABLE_RETRY_AFTER_SECONDS} seconds.
      </p>
    </div>
  );
}
