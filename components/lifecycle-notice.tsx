import Link from "next/link";
import type { StatusView } from "@/lib/catalog/types";
import { comparisonPath, toolPath } from "@/lib/compare-url";
import { isWindingDown, lifecycleHeadline } from "@/lib/lifecycle";
import { SourceLink } from "./source-link";

/** Said plainly near the top of a tool's page and of every comparison it is in: retired, deprecated, archived or in preview. */
export function LifecycleNotice({ name, slug, lifecycle, compareWith }: { name: string; slug: string; lifecycle: StatusView; compareWith?: string[] }) {
  const headline = lifecycleHeadline(lifecycle);
  if (!headline) return null;
  const warn = isWindingDown(lifecycle.value);
  const successor = lifecycle.successor;
  const others = (compareWith ?? []).filter((other) => other !== slug && other !== successor?.slug);
  return (
    <aside
      role="note"
      aria-label={`${name}: ${lifecycle.value}`}
      data-lifecycle={lifecycle.value}
      className={`rounded-xl border p-3 text-sm ${warn ? "border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100" : "border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100"}`}
    >
      <p>
        <strong className="font-semibold">
          {compareWith ? `${name}: ` : ""}
          {headline}
        </strong>
        {successor && (
          <>
            {" "}— succeeded by <Link href={toolPath(successor.slug)}>{successor.name}</Link>
            {others.length > 0 && (
              <>
                {" "}(<Link href={comparisonPath([successor.slug, ...others])}>compare {successor.name} instead</Link>)
              </>
            )}
          </>
        )}
        . <SourceLink source={lifecycle.source} />
      </p>
    </aside>
  );
}
