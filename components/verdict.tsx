import Link from "next/link";
import type { SuccessorLink } from "@/lib/comparison/load";

export function Verdict({ sentences, successorLinks = [] }: { sentences: string[]; successorLinks?: SuccessorLink[] }) {
  return (
    <section aria-labelledby="verdict-heading" className="card border-accent/40 bg-accent-soft/40 dark:bg-sky-950/30">
      <h2 id="verdict-heading" className="mb-2 text-lg">
        Verdict
      </h2>
      <p data-testid="verdict">{sentences.join(" ")}</p>
      {successorLinks.length > 0 && (
        <ul className="mt-2 space-y-1" aria-label="Compare with successors instead">
          {successorLinks.map((link) => (
            <li key={link.href}>
              <Link href={link.href}>Compare {link.label} instead →</Link>
            </li>
          ))}
        </ul>
      )}
      <p className="muted mt-2 text-sm">Written from the numbers in the table above; see how Rank works for the formula.</p>
    </section>
  );
}
