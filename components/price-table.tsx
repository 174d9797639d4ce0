import type { OfferView } from "@/lib/catalog/types";
import { PRICING_MODEL_LABELS, type PricingModel } from "@/lib/schemas/enums";
import { OfferPrices } from "./prices/offer-prices";

/** A tool's offers, each provider's prices kept apart, with sources and history. */
export function PriceTable({ offers, pricingModel, toolStatus, today }: { offers: OfferView[]; pricingModel: PricingModel; toolStatus: string; today: string }) {
  return (
    <section aria-labelledby="prices-heading" className="space-y-4">
      <h2 id="prices-heading" className="text-xl">
        Prices{offers.length > 1 ? ` from ${offers.length} providers` : ""}
      </h2>
      {offers.length === 0 ? (
        <p className="muted">No price points: {PRICING_MODEL_LABELS[pricingModel].toLowerCase()}.</p>
      ) : (
        offers.map((offer) => <OfferPrices key={`${offer.providerSlug}/${offer.modelId}`} offer={offer} toolStatus={toolStatus} today={today} />)
      )}
    </section>
  );
}
