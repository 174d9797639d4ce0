import type { OfferView, PriceView } from "@/lib/catalog/types";
import { isPriceStale } from "@/lib/catalog/data-checks";
import { formatDate } from "@/lib/dates";
import { lifecycleLabel } from "@/lib/lifecycle";
import { formatPrice } from "@/lib/pricing";
import { SourceLink } from "../source-link";
import { PriceHistoryChart } from "./price-history-chart";

type Props = { offer: OfferView; toolStatus: string; today: string };

function PriceRow({ price, stale }: { price: PriceView; stale: boolean }) {
  return (
    <tr className="border-b border-zinc-200 align-top dark:border-zinc-800">
      <th scope="row" className="py-1 pr-3 font-normal">
        {price.label}
        {price.isStarting && <span className="chip ml-2">starting price</span>}
      </th>
      <td className="px-2 py-1 tabular-nums">{formatPrice(price)}</td>
      <td className="px-2 py-1">
        <SourceLink source={price.source} />
        {stale && <p className="text-xs text-amber-800 dark:text-amber-300">price as of {formatDate(price.source.date)} — may be out of date</p>}
      </td>
    </tr>
  );
}

/** The base input and output prices that changed over time, for the chart. */
function changedSeries(offer: OfferView) {
  const base = (meter: PriceView["meter"]) => offer.prices.filter((p) => p.meter === meter && p.tierFrom === null && !p.batch);
  return [
    { label: "Input", points: base("input") },
    { label: "Output", points: base("output") },
  ].filter((series) => series.points.length > 1);
}

/** One offer: the prices in force, each with its source, and every earlier price with the dates it applied. */
export function OfferPrices({ offer, toolStatus, today }: Props) {
  const current = offer.prices.filter((price) => price.validTo === null);
  const past = offer.prices.filter((price) => price.validTo !== null);
  const series = changedSeries(offer);
  const id = `offer-${offer.providerSlug}-${offer.modelId}`.replace(/[^a-zA-Z0-9-]/g, "-");
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="text-lg">
        {offer.url ? <a href={offer.url} rel="noopener">{offer.provider}</a> : offer.provider}{" "}
        <span className="muted text-sm font-normal">
          <code>{offer.modelId}</code>
          {offer.status && ` · ${lifecycleLabel(offer.status)}`}
        </span>
      </h3>
      {current.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Prices in force from {offer.provider}</caption>
            <thead>
              <tr className="border-b border-zinc-300 dark:border-zinc-700">
                <th scope="col" className="py-1 pr-3">What</th>
                <th scope="col" className="px-2 py-1">Price</th>
                <th scope="col" className="px-2 py-1">Source</th>
              </tr>
            </thead>
            <tbody>
              {current.map((price) => (
                <PriceRow key={`${price.label}-${price.validFrom}`} price={price} stale={isPriceStale(price, offer.status?.value ?? toolStatus, today)} />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted text-sm">No price in force from {offer.provider}.</p>
      )}
      {series.length > 0 && <PriceHistoryChart title={`${offer.provider} prices`} series={series} end={today} />}
      {past.length > 0 && <PriceHistory prices={past} provider={offer.provider} />}
    </section>
  );
}

function PriceHistory({ prices, provider }: { prices: PriceView[]; provider: string }) {
  return (
    <details>
      <summary className="cursor-pointer text-sm">Earlier prices from {provider} ({prices.length})</summary>
      <table className="mt-2 w-full text-left text-sm">
        <caption className="sr-only">Earlier prices from {provider}, newest first</caption>
        <thead>
          <tr className="border-b border-zinc-300 dark:border-zinc-700">
            <th scope="col" className="py-1 pr-3">What</th>
            <th scope="col" className="px-2 py-1">Price</th>
            <th scope="col" className="px-2 py-1">Applied</th>
            <th scope="col" className="px-2 py-1">Source</th>
          </tr>
        </thead>
        <tbody>
          {prices.map((price) => (
            <tr key={`${price.label}-${price.validFrom}`} className="border-b border-zinc-200 dark:border-zinc-800">
              <th scope="row" className="py-1 pr-3 font-normal">{price.label}</th>
              <td className="px-2 py-1 tabular-nums">{formatPrice(price)}</td>
              <td className="px-2 py-1 whitespace-nowrap">
                {formatDate(price.validFrom)} – {formatDate(price.validTo!)}
              </td>
              <td className="px-2 py-1">
                <SourceLink source={price.source} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
