import { compareCosts, type CostEntry, type OfferCost, type Usage } from "@/lib/cost";
import { formatMoney } from "@/lib/pricing";

type Props = { action: string; usage: Usage; entries: CostEntry[]; errors?: Record<string, string>; showToolNames?: boolean };

const FIELDS = [
  { name: "input", label: "Input tokens a month", hint: "All prompt tokens, cached ones included." },
  { name: "output", label: "Output tokens a month", hint: "" },
  { name: "cached", label: "Of which cached input", hint: "Prompt tokens served from a cache." },
  { name: "prompt", label: "Typical prompt length", hint: "Tokens per request; long prompts can cost more." },
] as const;

function CostRow({ cost, cheapest, showToolName }: { cost: OfferCost; cheapest: boolean; showToolName: boolean }) {
  const who = showToolName ? `${cost.tool.name} from ${cost.offer.provider}` : cost.offer.provider;
  return (
    <tr className="border-b border-zinc-200 align-top dark:border-zinc-800" data-cheapest={cheapest || undefined}>
      <th scope="row" className="py-1 pr-3 font-normal">
        {who}
        {cheapest && <span className="ml-1.5 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300">cheapest</span>}
      </th>
      {cost.kind === "priced" ? (
        <td className="px-2 py-1">
          <span className="font-semibold tabular-nums">{formatMoney(cost.total.toFixed(2), cost.currency)}</span>
          <span className="muted block text-xs">
            {cost.lines.map((line) => `${line.label}: ${line.tokens.toLocaleString("en-US")} × ${formatMoney(String(line.per1M), cost.currency)}/1M`).join(" · ")}
            {cost.notes.length > 0 && ` · ${cost.notes.join(" · ")}`}
          </span>
        </td>
      ) : (
        <td className="muted px-2 py-1">Not computed: {cost.reason}.</td>
      )}
    </tr>
  );
}

/**
 * What a month of use costs on each offer. A plain GET form: it works without
 * JavaScript and the numbers live in the URL, on a page of their own so the
 * page it sits on stays cached.
 */
export function CostCalculator({ action, usage, entries, errors = {}, showToolNames = false }: Props) {
  const { costs, cheapest } = compareCosts(entries, usage);
  return (
    <section aria-labelledby="cost-heading" className="card space-y-3">
      <h2 id="cost-heading" className="text-xl">What it costs you</h2>
      <form method="get" action={action} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5" aria-label="Your monthly usage">
        {FIELDS.map((field) => (
          <label key={field.name} className="flex flex-col gap-1 text-sm">
            {field.label}
            <input name={field.name} type="number" min={0} step={1} inputMode="numeric" defaultValue={usage[field.name] ?? ""} className="field" aria-describedby={`cost-${field.name}-note`} aria-invalid={errors[field.name] ? true : undefined} />
            <span id={`cost-${field.name}-note`} className={errors[field.name] ? "text-xs text-red-700 dark:text-red-400" : "muted text-xs"}>
              {errors[field.name] ? `${field.label} ${errors[field.name]}` : field.hint}
            </span>
          </label>
        ))}
        <label className="flex items-center gap-2 self-center text-sm">
          <input type="checkbox" name="batch" value="yes" defaultChecked={usage.batch === "yes"} /> Batch API (where offered)
        </label>
        <p className="sm:col-span-2 lg:col-span-5">
          <button type="submit" className="button">Compute monthly cost</button>
        </p>
      </form>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="muted text-left text-xs">
            For {usage.input.toLocaleString("en-US")} input ({usage.cached.toLocaleString("en-US")} cached) and {usage.output.toLocaleString("en-US")} output tokens a month, at today&apos;s list prices.
          </caption>
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              <th scope="col" className="py-1 pr-3">Offer</th>
              <th scope="col" className="px-2 py-1">Monthly cost</th>
            </tr>
          </thead>
          <tbody>
            {costs.map((cost) => (
              <CostRow key={`${cost.tool.slug}/${cost.offer.providerSlug}/${cost.offer.modelId}`} cost={cost} cheapest={cost === cheapest} showToolName={showToolNames} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
