import Link from "next/link";
import type { ToolSummary } from "@/lib/catalog/types";
import { comparisonPath, MAX_COMPARED, toolPath } from "@/lib/compare-url";
import { formatPrice } from "@/lib/pricing";
import { PRICING_MODEL_LABELS, TOOL_KIND_LABELS } from "@/lib/schemas/enums";
import { searchHref } from "@/lib/schemas/search";
import type { MatchedCapability, SearchHit } from "@/lib/search/types";
import { RankBadge } from "@/components/score-values";
import { MarkedText } from "./marked-text";

function WhyItMatched({ capabilities, count }: { capabilities: MatchedCapability[]; count: number }) {
  return (
    <div className="space-y-1.5 border-l-2 border-accent-soft pl-3 dark:border-sky-900">
      <p className="muted text-xs">
        Matched in {count} {count === 1 ? "capability" : "capabilities"}
        {count > capabilities.length ? `, best ${capabilities.length}:` : ":"}
      </p>
      <ul className="space-y-2 text-sm">
        {capabilities.map((capability) => (
          <li key={capability.id} className="space-y-0.5">
            <p className="font-medium">
              <MarkedText parts={capability.title} />
            </p>
            <p className="muted break-words">
              <MarkedText parts={capability.excerpt} />
            </p>
            <ul aria-label="Capability tags" className="flex flex-wrap gap-1">
              {capability.tags.map((tag) => (
                <li key={tag.slug} className={`chip ${tag.matched ? "border-amber-400 bg-amber-100 dark:bg-amber-500/30" : ""}`}>
                  {tag.name}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

type Props = { hit: SearchHit; origins: ToolSummary[]; phrase?: string };

/** One result: what it is, its Rank and price, why it matched, and where to go next. */
export function SearchHitCard({ hit, origins, phrase }: Props) {
  const compareWith = origins.length > 0 && origins.length < MAX_COMPARED ? origins : [];
  return (
    <li className="card flex min-w-0 flex-col gap-2" data-testid="search-hit" data-slug={hit.slug}>
      <div className="flex items-start justify-between gap-3">
        <h3 className="min-w-0 text-base break-words">
          <Link href={toolPath(hit.slug)}>
            <MarkedText parts={hit.nameParts} />
          </Link>
        </h3>
        <RankBadge tool={hit} />
      </div>
      <p className="muted text-sm">
        {TOOL_KIND_LABELS[hit.kind]} · {hit.vendor} · {PRICING_MODEL_LABELS[hit.pricingModel]}
        {hit.startingPrice ? ` from ${formatPrice(hit.startingPrice)}` : ""}
        {hit.freeTier ? " · free tier" : ""}
      </p>
      <p className="line-clamp-3 text-sm">
        <MarkedText parts={hit.summaryParts} />
      </p>
      {hit.resembles && phrase && (
        <p className="muted text-xs">
          Its {hit.resembles} resembles “{phrase}”.
        </p>
      )}
      {hit.matchedCapabilities.length > 0 && <WhyItMatched capabilities={hit.matchedCapabilities} count={hit.matchedCapabilityCount} />}
      {hit.reasons.map(({ origin, reason }) => (
        <p key={origin} className="text-sm">
          <span className="muted">{hit.reasons.length > 1 ? `With ${origin}: ` : "Why: "}</span>
          {reason}
        </p>
      ))}
      {hit.sharedTags.length > 0 && (
        <p className="text-sm">
          <span className="muted">Shares {hit.sharedTags.length} capability {hit.sharedTags.length === 1 ? "tag" : "tags"}: </span>
          {hit.sharedTags.map((tag) => tag.name).join(", ")}
        </p>
      )}
      <p className="mt-auto flex flex-wrap gap-2 pt-1">
        {compareWith.length > 0 ? (
          <Link className="button-quiet" href={comparisonPath([...compareWith.map((tool) => tool.slug), hit.slug])}>
            Compare with {compareWith.map((tool) => tool.name).join(" and ")}
          </Link>
        ) : null}
        <Link className="button-quiet" href={searchHref({ like: hit.slug })}>
          Alternatives
        </Link>
      </p>
    </li>
  );
}
