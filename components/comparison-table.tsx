import Link from "next/link";
import type { ToolDetail } from "@/lib/catalog/types";
import { toolPath } from "@/lib/compare-url";
import { formatDate } from "@/lib/dates";
import { formatPrice } from "@/lib/pricing";
import { formatFact } from "@/lib/facts";
import { lifecycleLabel } from "@/lib/lifecycle";
import { PRICING_MODEL_LABELS, TOOL_CATEGORY_LABELS, TOOL_KIND_LABELS, TOOL_KIND_PLURALS } from "@/lib/schemas/enums";
import { FACT_LABELS, type FactName } from "@/lib/schemas/facts";
import { DIMENSIONS, DIMENSION_LABELS } from "@/lib/scoring/method";
import { comparableRank, crossKindNotice, evidenceLeader, isCrossKind } from "@/lib/verdict";
import { RankValue, SubScore } from "./score-values";

type Row = { label: string; value: (tool: ToolDetail) => React.ReactNode; number?: (tool: ToolDetail) => number | null };

const startingPrice = (tool: ToolDetail) => {
  const price = tool.prices.find((p) => p.isStarting);
  return price ? formatPrice(price) : "—";
};

const fact = (name: FactName) => (tool: ToolDetail) => {
  const entry = tool.facts[name];
  return entry ? formatFact(name, entry.value) : "—";
};
const factNumber = (name: "contextWindow" | "maxOutputTokens") => (tool: ToolDetail) => tool.facts[name]?.value ?? null;

/** Shown when every tool compared is a model: the structured facts side by side. */
const MODEL_ROWS: Row[] = [
  { label: FACT_LABELS.contextWindow, value: fact("contextWindow"), number: factNumber("contextWindow") },
  { label: FACT_LABELS.maxOutputTokens, value: fact("maxOutputTokens"), number: factNumber("maxOutputTokens") },
  { label: "Input modalities", value: fact("inputModalities") },
  { label: "Output modalities", value: fact("outputModalities") },
  { label: FACT_LABELS.openWeights, value: fact("openWeights") },
  { label: FACT_LABELS.reasoning, value: fact("reasoning") },
  { label: FACT_LABELS.toolCalling, value: fact("toolCalling") },
  { label: FACT_LABELS.releaseDate, value: fact("releaseDate") },
  { label: FACT_LABELS.knowledgeCutoff, value: fact("knowledgeCutoff") },
];

const ROWS: Row[] = [
  { label: "Type", value: (tool) => `${TOOL_KIND_LABELS[tool.kind]} · ${TOOL_CATEGORY_LABELS[tool.category].one}` },
  { label: "Status", value: (tool) => lifecycleLabel(tool.lifecycle) },
  { label: "Rank", value: (tool) => <RankValue tool={tool} />, number: comparableRank },
  ...DIMENSIONS.map((dimension) => ({
    label: DIMENSION_LABELS[dimension],
    value: (tool: ToolDetail) => <SubScore dimension={dimension} name={tool.name} scores={tool.scores} />,
    number: (tool: ToolDetail) => tool.scores?.[dimension] ?? null,
  })),
  { label: "Pricing", value: (tool) => PRICING_MODEL_LABELS[tool.pricingModel] },
  { label: "Free tier", value: (tool) => (tool.freeTier ? "Yes" : "No") },
  { label: "Starting price", value: startingPrice },
  { label: "Capabilities", value: (tool) => `${tool.capabilities.length} decomposed`, number: (tool) => tool.capabilities.length },
  { label: "Times matched", value: (tool) => tool.timesMatched.toLocaleString("en-US"), number: (tool) => tool.timesMatched },
  { label: "Last verified", value: (tool) => formatDate(tool.lastVerifiedAt) },
];

/** Shown when the tools are of different kinds: what each one's scores are measured against. */
const KIND_ROW: Row = { label: "Scored among", value: (tool) => TOOL_KIND_PLURALS[tool.kind] };

/**
 * The side-by-side table; on each numeric row the strict leader among the
 * tools with a value is marked, ties and "no data" are not.
 */
export function ComparisonTable({ tools }: { tools: ToolDetail[] }) {
  const crossKind = isCrossKind(tools);
  const head = crossKind ? [...ROWS.slice(0, 2), KIND_ROW] : ROWS.slice(0, 2);
  const rows = [...head, ...(tools.every((tool) => tool.kind === "model") ? MODEL_ROWS : []), ...ROWS.slice(2)];
  return (
    <div className="-mx-4 overflow-x-auto px-4">
      {crossKind && (
        <p role="note" className="mb-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          {crossKindNotice(tools)}
        </p>
      )}
      {/* Body rows are styled by `.comparison-table` in app/globals.css: short markup, sent twice (HTML and RSC payload). */}
      <table className="comparison-table w-full border-collapse text-left text-sm sm:text-base">
        <caption className="sr-only">Side-by-side comparison; the leader of each numeric row is marked “leads”; “no data” means nothing in the catalogue speaks to that score.</caption>
        <thead>
          <tr className="border-b border-zinc-300 dark:border-zinc-700">
            <th scope="col" className="py-2 pr-3 font-medium">
              Feature
            </th>
            {tools.map((tool) => (
              <th key={tool.slug} scope="col" className="px-2 py-2 font-semibold sm:px-3">
                <Link href={toolPath(tool.slug)}>{tool.name}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const leader = row.number ? evidenceLeader(tools, row.number) : null;
            return (
              <tr key={row.label} data-row={row.label}>
                <th scope="row">{row.label}</th>
                {tools.map((tool) => (
                  <td key={tool.slug} data-leader={leader === tool || undefined}>
                    {row.value(tool)}
                    {leader === tool && <span className="leads">leads</span>}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
