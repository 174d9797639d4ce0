import Link from "next/link";

/** What a reader sees when a page fails: what happened, a way to try again, and the reference the server logged. */
export function ErrorMessage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <h1 className="text-3xl">Something went wrong on our side</h1>
      <p className="muted">This page could not be shown just now. Nothing you did caused it, and it has been logged. Trying again usually works.</p>
      {digest && <p className="muted text-sm">Reference: {digest}</p>}
      <p className="flex flex-wrap justify-center gap-3">
        <button type="button" className="button" onClick={() => retry()}>
          Try again
        </button>
        <Link className="button-quiet" href="/">
          Home
        </Link>
      </p>
    </div>
  );
}
