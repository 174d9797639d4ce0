"use client";

import { ErrorMessage } from "@/components/error-message";

// A page that throws while rendering shows this inside the site's layout; the server has logged the error.
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorMessage error={error} retry={retry} />;
}
