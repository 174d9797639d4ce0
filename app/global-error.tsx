"use client";

import { ErrorMessage } from "@/components/error-message";
import "./globals.css";

// When the root layout itself fails: the same message in a document of its own.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="px-4">
        <ErrorMessage error={error} retry={retry} />
      </body>
    </html>
  );
}
