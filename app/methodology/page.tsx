import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { MatchGraphMethod } from "@/components/match-graph-method";
import { siteUrl } from "@/lib/env";
import { SIGNAL_KINDS } from "@/lib/schemas/enums";
import { DIMENSIONS, DIMENSION_LABELS, METHOD_VERSION, SIGNAL_SCALES, WEIGHTS } from "@/lib/scoring/method";

export const metadata: Metadata = {
  title: "How Rank works",
  description: "The formula behind toolmatch's Rank and its four sub-scores — Adoption, Quality, Ecosystem and Match Graph — with the current weights and scales.",
  alternates: { canonical: "/methodology" },
  openGraph: { title: "How Rank works", url: "/methodology" },
};

const pct = (weight: number) => `${Math.round(weight * 100)}%`;

export default function MethodologyPage() {
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <JsonLd data={{ "@context": "https://schema.org", "@type": "TechArticle", headline: "How Rank works", url: `${siteUrl()}/methodology`, version: METHOD_VERSION }} />
      <h1 className="text-3xl">How Rank works</h1>
      <p>
        Rank is a number from 0 to 100 that sums up how established and how capable a tool is. Nobody types it in: it is computed by one
        function from sourced, dated evidence and from the match graph, and recomputed whenever that evidence changes. Method version{" "}
        <strong>{METHOD_VERSION}</strong>.
      </p>
      <h2 className="text-xl">The formula</h2>
      <p>Rank is a weighted sum of four sub-scores, each from 0 to 100, rounded to a whole number:</p>
      <ul className="list-disc space-y-1 pl-6">
        {DIMENSIONS.map((dimension) => (
          <li key={dimension}>
            <strong>{DIMENSION_LABELS[dimension]}</strong> counts for {pct(WEIGHTS[dimension])}.
          </li>
        ))}
      </ul>
      <p>
        Adoption, Quality and Ecosystem are each the average of their signals below, after each signal is put on a 0–100 scale. A
        dimension with no evidence scores 0: we would rather show a low number than guess. Counts that span orders of magnitude (stars,
        downloads) use a logarithmic scale, so going from 100 to 1,000 stars counts as much as going from 10,000 to 100,000.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Signals and how each is scaled</caption>
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              <th scope="col" className="py-1 pr-3">Signal</th>
              <th scope="col" className="px-2 py-1">Feeds</th>
              <th scope="col" className="px-2 py-1">Scale</th>
            </tr>
          </thead>
          <tbody>
            {SIGNAL_KINDS.map((kind) => {
              const scale = SIGNAL_SCALES[kind];
              return (
                <tr key={kind} className="border-b border-zinc-200 dark:border-zinc-800">
                  <th scope="row" className="py-1 pr-3 font-normal">{scale.label}</th>
                  <td className="px-2 py-1">{DIMENSION_LABELS[scale.dimension]}</td>
                  <td className="px-2 py-1">
                    {scale.scale === "log"
                      ? `logarithmic, 100 at ${scale.full.toLocaleString("en-US")}`
                      : `linear, 0 at ${scale.floor.toLocaleString("en-US")}, 100 at ${scale.full.toLocaleString("en-US")}`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <MatchGraphMethod />
      <h2 className="text-xl">Times matched</h2>
      <p>
        Times matched counts how often a tool has been shown to a reader in a comparison. Once a comparison page is on screen, the
        browser asks for a tiny image from this site (it needs no JavaScript), and that request is the count: every tool on the page
        counts one more, and the comparison one more view, at most once per reader per comparison per day. A reader is known only as a
        hash of their network address and browser name mixed with a secret that changes every day and is then deleted; we set no cookie
        and store nothing personal. Not counted: link prefetches, self-declared crawlers, requests from other sites, and comparisons
        fetched through the API. Pages show counts at most about 5 minutes old. The home page&apos;s &ldquo;Comparisons worth
        opening&rdquo; are ranked by how many different addresses opened them each day, so no single reader can move them.
      </p>
      <h2 className="text-xl">History and freshness</h2>
      <p>
        Each recomputation stores a snapshot of all five numbers with the method version and time, and tool pages show that history.
        Every signal links to where its value was read and the date it was true; every tool shows when its data was last verified.
      </p>
      <h2 className="text-xl">Verdicts</h2>
      <p>
        The verdict on a comparison page is written from the same numbers as the table. A tool &ldquo;leads&rdquo; on a dimension only
        when its score is strictly higher; equal scores are called ties.
      </p>
    </article>
  );
}
