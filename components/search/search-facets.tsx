import Link from "next/link";
import { searchHref, type SearchQuery } from "@/lib/schemas/search";
import type { FacetValue, SearchFacets } from "@/lib/search/types";

/** Tags shown before the rest fold away under "More tags". */
const VISIBLE_TAGS = 12;

type GroupProps<V extends string> = { title: string; values: FacetValue<V>[]; toggle: (facet: FacetValue<V>) => string };

function FacetLinks<V extends string>({ title, values, toggle }: GroupProps<V>) {
  return (
    <ul aria-label={title} className="flex flex-wrap gap-1.5">
      {values.map((facet) => (
        <li key={facet.value}>
          <Link
            href={toggle(facet)}
            rel="nofollow"
            aria-current={facet.selected ? "true" : undefined}
            aria-label={`${facet.selected ? "Remove filter" : "Filter by"} ${facet.label} (${facet.count})`}
            className={`chip gap-1 no-underline ${facet.selected ? "border-accent bg-accent-soft font-medium text-zinc-900 dark:bg-sky-900 dark:text-zinc-100" : ""}`}
          >
            {facet.selected && <span aria-hidden="true">✓</span>}
            {facet.label}
            <span className="muted tabular-nums">{facet.count}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function FacetGroup<V extends string>({ title, values, toggle }: GroupProps<V>) {
  if (values.length === 0) return null;
  return (
    <section className="space-y-1.5">
      <h3 className="text-sm font-semibold">{title}</h3>
      <FacetLinks title={title} values={values} toggle={toggle} />
    </section>
  );
}

/** Facets as links: each adds or removes one filter and goes back to page 1. */
export function SearchFacetsPanel({ facets, query }: { facets: SearchFacets; query: SearchQuery }) {
  const base = { ...query, page: 1 };
  const pick = <V extends string>(facet: FacetValue<V>) => (facet.selected ? undefined : facet.value);
  const tag = (facet: FacetValue) =>
    searchHref({ ...base, tag: facet.selected ? query.tag.filter((slug) => slug !== facet.value) : [...query.tag, facet.value] });
  const selectedFirst = [...facets.tags].sort((a, b) => Number(b.selected) - Number(a.selected));
  const shownTags = selectedFirst.slice(0, VISIBLE_TAGS);
  const moreTags = selectedFirst.slice(VISIBLE_TAGS);
  const filters = [query.kind, query.pricing, query.free].filter(Boolean).length + query.tag.length;
  return (
    // Folded on narrow screens so the results come first; always unfolded beside them on wide ones.
    <details className="card lg:details-content:[content-visibility:visible]">
      <summary className="cursor-pointer text-base font-semibold lg:cursor-auto lg:list-none lg:[&::-webkit-details-marker]:hidden">
        Narrow the results{filters > 0 ? ` (${filters} on)` : ""}
      </summary>
      <nav aria-label="Narrow the results" className="mt-3 space-y-4">
        {filters > 0 && (
          <p className="text-sm">
            <Link href={searchHref({ q: query.q, like: query.like, from: query.from })}>Clear filters</Link>
          </p>
        )}
        <FacetGroup title="Kind" values={facets.kind} toggle={(facet) => searchHref({ ...base, kind: pick(facet) })} />
        <FacetGroup title="Pricing" values={facets.pricing} toggle={(facet) => searchHref({ ...base, pricing: pick(facet) })} />
        <FacetGroup title="Free tier" values={facets.free} toggle={(facet) => searchHref({ ...base, free: pick(facet) })} />
        {shownTags.length > 0 && (
          <section className="space-y-1.5">
            <h3 className="text-sm font-semibold">Capability tags</h3>
            <FacetLinks title="Capability tags" values={shownTags} toggle={tag} />
            {moreTags.length > 0 && (
              <details className="group/more">
                <summary className="cursor-pointer text-sm">
                  <span className="group-open/more:hidden">{moreTags.length} more {moreTags.length === 1 ? "tag" : "tags"}</span>
                  <span className="hidden group-open/more:inline">Fewer tags</span>
                </summary>
                <div className="mt-1.5">
                  <FacetLinks title="More capability tags" values={moreTags} toggle={tag} />
                </div>
              </details>
            )}
          </section>
        )}
      </nav>
    </details>
  );
}
