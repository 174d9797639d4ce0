import Link from "next/link";

export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <h1 className="text-3xl">We could not find that</h1>
      <p className="muted">The tool or comparison you asked for is not in the catalogue. It may have been renamed or unpublished.</p>
      <p className="flex flex-wrap justify-center gap-3">
        <Link className="button" href="/tools">
          Browse the catalogue
        </Link>
        <Link className="button-quiet" href="/">
          Home
        </Link>
      </p>
    </div>
  );
}
