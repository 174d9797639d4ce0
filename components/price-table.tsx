import type { PriceView } from "@/lib/catalog/types";
import { formatDate } from "@/lib/dates";
import { formatPrice } from "@/lib/pricing";
import { PRICING_MODEL_LABELS, type PricingModel } from "@/lib/schemas/enums";

/** A tool's price points, each with its unit and the date it was true. */
export function PriceTable({ prices, pricingModel }: { prices: PriceView[]; pricingModel: PricingModel }) {
  return (
    <section aria-labelledby="prices-heading" className="space-y-3">
      <h2 id="prices-heading" className="text-xl">Prices</h2>
      {prices.length === 0 ? (
        <p className="muted">No price points: {PRICING_MODEL_LABELS[pricingModel].toLowerCase()}.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              <th scope="col" className="py-1 pr-3">What</th>
              <th scope="col" className="px-2 py-1">Price</th>
              <th scope="col" className="px-2 py-1">As of</th>
            </tr>
          </thead>
          <tbody>
            {prices.map((price) => (
              <tr key={`${price.label}-${price.unit}`} className="border-b border-zinc-200 dark:border-zinc-800">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {price.label}
                  {price.isStarting && <span className="chip ml-2">starting price</span>}
                </th>
                <td className="px-2 py-1 tabular-nums">{formatPrice(price)}</td>
                <td className="px-2 py-1">{formatDate(price.asOf)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
