import Link from "next/link";
import { searchHref } from "@/lib/schemas/search";
import type { ReadAs } from "@/lib/search/types";

/** What the typed words were read as ("Open source", "Alternatives to vLLM"), each a chip that searches again without it. */
export function ReadAsChips({ readAs }: { readAs: ReadAs[] }) {
  if (readAs.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-1.5 text-sm">
      <span className="muted">Read as:</span>
      <ul aria-label="What your words were read as" className="flex flex-wrap gap-1.5">
        {readAs.map((reading) => (
          <li key={reading.kind}>
            <Link
              href={searchHref(reading.without)}
              rel="nofollow"
              aria-label={`Remove: ${reading.label}`}
              className="chip border-accent bg-accent-soft gap-1 font-medium text-zinc-900 no-underline dark:bg-sky-900 dark:text-zinc-100"
            >
              {reading.label}
              <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
