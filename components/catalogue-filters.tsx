import { CATALOGUE_SORTS, type CatalogueQuery } from "@/lib/schemas/catalogue-query";
import { PRICING_MODELS, PRICING_MODEL_LABELS, TOOL_KINDS, TOOL_KIND_LABELS } from "@/lib/schemas/enums";

const SORT_LABELS: Record<CatalogueQuery["sort"], string> = { rank: "Rank", "rank-all": "Rank, provisional included", name: "Name", verified: "Last verified" };

/** A plain GET form: the URL holds the whole state and it works without JavaScript. */
export function CatalogueFilters({ query }: { query: CatalogueQuery }) {
  return (
    <form method="get" action="/tools" className="card flex flex-wrap items-end gap-3" aria-label="Filter the catalogue">
      <label className="flex flex-col gap-1 text-sm">
        Kind
        <select name="kind" defaultValue={query.kind ?? ""} className="field">
          <option value="">Any kind</option>
          {TOOL_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {TOOL_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        Pricing
        <select name="pricing" defaultValue={query.pricing ?? ""} className="field">
          <option value="">Any pricing</option>
          {PRICING_MODELS.map((model) => (
            <option key={model} value={model}>
              {PRICING_MODEL_LABELS[model]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        Free tier
        <select name="free" defaultValue={query.free ?? ""} className="field">
          <option value="">Either</option>
          <option value="yes">Has a free tier</option>
          <option value="no">No free tier</option>
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        Sort by
        <select name="sort" defaultValue={query.sort} className="field">
          {CATALOGUE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button">
        Apply
      </button>
    </form>
  );
}
