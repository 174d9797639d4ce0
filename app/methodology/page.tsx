import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { MatchGraphMethod } from "@/components/match-graph-method";
import { siteUrl } from "@/lib/env";
import { SIGNAL_KINDS } from "@/lib/schemas/enums";
import { formatDate } from "@/lib/dates";
import { METHOD_CHANGELOG } from "@/lib/scoring/changelog";
import { coverageText, NO_DATA } from "@/lib/scoring/display";
import {
  DIMENSIONS,
  DIMENSION_LABELS,
  DIMENSION_MEANINGS,
  EVIDENCE_MARGIN,
  FRESHNESS_AGE,
  KIND_RELATIVE,
  METHOD_VERSION,
  MIN_COVERAGE,
  SIGNAL_SCALES,
  STATUS_FRESHNESS,
  WEIGHTS,
} from "@/lib/scoring/method";
import { joinWords } from "@/lib/verdict";

export const metadata: Metadata = {
  title: "How Rank works",
  description: "The formula behind toolmatch's Rank and its five sub-scores — Adoption, Quality, Ecosystem, Match Graph and Freshness — with weights, scales, the coverage rule and a dated changelog.",
  alternates: { canonical: "/methodology" },
  openGraph: { title: "How Rank works", url: "/methodology" },
};

const pct = (weight: number) => `${Math.round(weight * 100)}%`;
const relativeDimensions = joinWords(DIMENSIONS.filter((d) => KIND_RELATIVE[d]).map((d) => DIMENSION_LABELS[d]));
const statusFactors = joinWords(Object.entries(STATUS_FRESHNESS).map(([status, factor]) => `${status} × ${factor}`));

export default function MethodologyPage() {
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <JsonLd data={{ "@context": "https://schema.org", "@type": "TechArticle", headline: "How Rank works", url: `${siteUrl()}/methodology`, version: METHOD_VERSION }} />
      <h1 className="text-3xl">How Rank works</h1>
      <p>
        Rank is a number from 0 to 100 that sums up how established and how capable a tool is compared with others of its kind. Nobody
        types it in: it is computed by one function from sourced, dated evidence and from the match graph, and recomputed whenever that
        evidence changes. Method version <strong>{METHOD_VERSION}</strong> (see the <a href="#changelog">changelog</a>).
      </p>
      <h2 className="text-xl">The formula</h2>
      <p>Rank is a weighted average of five sub-scores, each from 0 to 100, rounded to a whole number:</p>
      <ul className="list-disc space-y-1 pl-6">
        {DIMENSIONS.map((dimension) => (
          <li key={dimension}>
            <strong>{DIMENSION_LABELS[dimension]}</strong> counts for {pct(WEIGHTS[dimension])}: {DIMENSION_MEANINGS[dimension]}.
          </li>
        ))}
      </ul>
      <h2 className="text-xl">Unknown is not zero</h2>
      <p>
        A sub-score that nothing in the catalogue speaks to shows as &ldquo;{NO_DATA}&rdquo;, never as 0: we do not know, and a 0 would
        say the tool is bad at it. It is never marked as leading, the verdict says &ldquo;no evidence on adoption for X&rdquo; instead
        of comparing, and the API returns <code>null</code> for it with the number of signals behind every sub-score. Rank is then
        computed from the sub-scores that have evidence, their weights scaled up so they add up to 100% again. Its{" "}
        <strong>coverage</strong> says how many of the {DIMENSIONS.length} dimensions it rests on (&ldquo;{coverageText(3)}&rdquo;).
      </p>
      <p>
        <strong>Provisional.</strong> A Rank based on fewer than {MIN_COVERAGE} of {DIMENSIONS.length} dimensions is provisional: it is
        shown with that label, but left out of &ldquo;Top tools&rdquo;, never marked as leading a comparison, and sorted after the settled
        Ranks unless you ask for &ldquo;Rank, provisional included&rdquo;.
      </p>
      <p>
        <strong>Uncertainty band.</strong> Beside each Rank is the range it would likely fall in with full evidence: every missing
        dimension taken anywhere from 0 to 100, and every known sub-score off by up to {EVIDENCE_MARGIN} points divided by the square
        root of the number of signals behind it ({EVIDENCE_MARGIN} with one signal, {(EVIDENCE_MARGIN / 2).toFixed(0)} with four). Few
        dimensions or thin evidence make a wide band.
      </p>
      <h2 className="text-xl">Like with like</h2>
      <p>
        Each signal is first put on the fixed 0–100 scale below. Counts that span orders of magnitude (stars, downloads) use a
        logarithmic scale, so going from 100 to 1,000 stars counts as much as going from 10,000 to 100,000. A dimension&apos;s value is
        the average of its signals. Then {relativeDimensions} are compared <strong>within the tool&apos;s kind</strong>: 100 is the
        best-evidenced tool of that kind (models against models, libraries against libraries), and every other tool is shown as its share
        of that. A comparison of tools of different kinds says so in the table and in the verdict, and each tool page says where the tool
        stands among its kind (&ldquo;#4 of 120 models&rdquo;, counting settled Ranks only). A kind with few evidenced tools gives large
        numbers easily: read them with the band and coverage.
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
      <p>
        A tool&apos;s Match Graph score is the total strength of its links, on a logarithmic scale where the best-connected tool of its kind
        scores 100. A tool whose tags link it to nothing scores 0; a tool with no tags at all has no Match Graph evidence.
      </p>
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
      <h2 className="text-xl">Freshness</h2>
      <p>
        Freshness is the fifth dimension: how recent the evidence behind the scores is, and whether the tool is still supported. Each
        signal counts fully while its source&apos;s date is at most {FRESHNESS_AGE.freshDays} days old, then less and less until it
        counts for nothing at {FRESHNESS_AGE.staleDays} days; Freshness is the average over the tool&apos;s signals, multiplied by its
        lifecycle status: {statusFactors}. It is the same scale for every kind. A tool with no dated signal has no Freshness
        (&ldquo;{NO_DATA}&rdquo;).
      </p>
      <p>
        A <strong>retired</strong> tool keeps its page and its score history but has no current Rank; a <strong>deprecated</strong> or{" "}
        <strong>archived</strong> one keeps its Rank with that mark beside it.
      </p>
      <h2 className="text-xl">History and method versions</h2>
      <p>
        Each recomputation stores a snapshot of Rank, its band, its coverage and the five sub-scores with the method version and time;
        old snapshots are never changed. When the method changes, every tool gets a new snapshot under the new version, and tool pages
        draw the history with each change of method marked. Every signal links to where its value was read and the date it was true.
      </p>
      <h3 id="changelog" className="text-lg">Changelog</h3>
      <ol className="space-y-3">
        {METHOD_CHANGELOG.map((entry) => (
          <li key={entry.version}>
            <p>
              <strong>{entry.version}</strong> <span className="muted">({formatDate(entry.date)})</span>
            </p>
            <ul className="list-disc space-y-1 pl-6">
              {entry.changes.map((change) => (
                <li key={change}>{change}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <h2 className="text-xl">Verdicts</h2>
      <p>
        The verdict on a comparison page is written from the same numbers as the table. A tool &ldquo;leads&rdquo; on a dimension only
        when its score is strictly higher than another tool&apos;s known score; equal scores are called ties, &ldquo;{NO_DATA}&rdquo;
        is said, never compared, and only settled Ranks are compared.
      </p>
    </article>
  );
}
