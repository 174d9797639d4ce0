import { REASON_TAGS } from "@/lib/matching/reason";
import { MATCH_GRAPH_NEIGHBOURS, NEIGHBOURS_STORED } from "@/lib/matching/neighbours";
import { COMPARED_FULL_REACH, LIFECYCLE_FACTORS, LINK_WEIGHT_REASONS, LINK_WEIGHTS, RELATED_JOBS, type LinkPart } from "@/lib/matching/strength";
import { LIFECYCLE_STATUSES, TOOL_CATEGORY_LABELS } from "@/lib/schemas/enums";

const PART_LABELS: Record<LinkPart, string> = {
  sharedTags: "Shared capabilities, by specificity",
  sameJob: "Same job",
  relatedJob: "Neighbouring job",
  sameKind: "Same kind",
  comparedTogether: "Compared together",
};

/** How the match graph weighs a link: rendered from the constants lib/matching/strength.ts computes with. */
export function MatchGraphMethod() {
  const parts = Object.keys(LINK_WEIGHTS) as LinkPart[];
  return (
    <section aria-labelledby="match-graph" className="space-y-4">
      <h2 id="match-graph" className="text-xl">Match Graph: how tools are linked</h2>
      <p>
        Two tools are linked when a person choosing one would consider the other. One rule decides how strongly (the same function feeds
        each tool&apos;s alternatives, the graph page, the alternatives in search and the Match Graph sub-score): the weighted sum of the
        parts below, times a lifecycle factor.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">The parts of a link and their weights</caption>
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              <th scope="col" className="py-1 pr-3">Part</th>
              <th scope="col" className="py-1 pr-3">Weight</th>
              <th scope="col" className="py-1">Why</th>
            </tr>
          </thead>
          <tbody>
            {parts.map((part) => (
              <tr key={part} className="border-b border-zinc-200 align-top dark:border-zinc-800">
                <th scope="row" className="py-1 pr-3 font-medium">{PART_LABELS[part]}</th>
                <td className="py-1 pr-3 tabular-nums">{LINK_WEIGHTS[part]}</td>
                <td className="py-1">{LINK_WEIGHT_REASONS[part]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        Compared together counts in full at {COMPARED_FULL_REACH.toLocaleString("en-US")} (addresses a day, summed), on a logarithmic scale.
        Lifecycle factors (the lower of the two tools applies):{" "}
        {LIFECYCLE_STATUSES.map((status) => `${status} ×${LIFECYCLE_FACTORS[status]}`).join(", ")}.
      </p>
      <p>Neighbouring jobs:</p>
      <ul className="list-disc space-y-1 pl-6 text-sm">
        {RELATED_JOBS.map((family) => (
          <li key={family.join()}>{family.map((job) => TOOL_CATEGORY_LABELS[job].many).join(" · ")}</li>
        ))}
      </ul>
      <p>
        Each alternative says why in a few words, from the same data: the job they share (or their neighbouring jobs, or their kind),
        then the {REASON_TAGS} most specific capability tags both carry. Every tool&apos;s {NEIGHBOURS_STORED} strongest links are kept
        and refreshed with every change to the catalogue (and daily for the comparisons people open), so lists stay fast at any size.
        A refresh recomputes only the lists a change can reach: the changed tools&apos;, those of tools carrying a tag whose weight
        moved, and those a changed link could enter; tag weights use counts rounded up to two significant figures so that one edit
        moves few of them, and the stored lists are exactly what recomputing every list would give. A
        tool&apos;s Match Graph sub-score is the summed strength of its {MATCH_GRAPH_NEIGHBOURS} strongest links, on a logarithmic scale
        where the best-linked tool scores 100: a tool with clear alternatives scores high, one linked only through generic features low.
      </p>
      <p className="text-sm">
        Measured: on a labelled set of tools across every kind, at least 2 of the first 3 alternatives are ones a knowledgeable person
        would accept for at least 90% of them (<code>npm run bench:alternatives</code>); a test fails if that drops.
      </p>
    </section>
  );
}
