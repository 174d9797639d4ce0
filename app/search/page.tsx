import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/pagination";
import { SearchFacetsPanel } from "@/components/search/search-facets";
import { MARKS_STYLE } from "@/components/search/marked-text";
import { ReadAsChips } from "@/components/search/read-as";
import { SearchForm } from "@/components/search/search-form";
import { NoResults, SearchIntro } from "@/components/search/search-help";
import { SearchHitCard } from "@/components/search/search-hit";
import { categoryFromRow, TOOL_CATEGORY_LABELS } from "@/lib/schemas/enums";
import { isBlankSearch, lenientSearchQuery, searchHref, type SearchQuery } from "@/lib/schemas/search";
import { getSearchResults } from "@/lib/search/cached";
import type { SearchResults } from "@/lib/search/types";
import { PRICE_UNIT_LABELS } from "@/lib/pricing";
import { joinWords } from "@/lib/verdict";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function headings(results: SearchResults): { title: string; status: string } {
  const { mode, total, query, origins, priceOrder } = results;
  const tools = `${results.moreThanTotal ? "More than " : ""}${total === 0 ? "No" : total.toLocaleString("en-US")} ${total === 1 ? "tool" : "tools"}`;
  const ordered = (order: string) => (total > 1 ? `, ${order}` : "");
  const names = joinWords(origins.map((tool) => tool.name));
  if (priceOrder) {
    const category = TOOL_CATEGORY_LABELS[categoryFromRow(priceOrder.category)].many;
    const unit = PRICE_UNIT_LABELS[priceOrder.unit as keyof typeof PRICE_UNIT_LABELS] ?? priceOrder.unit;
    const title = priceOrder.cheaperThan ? `${category} cheaper than ${priceOrder.cheaperThan.name}` : `Cheapest first: ${category}`;
    return { title, status: `${tools} priced ${unit}${ordered("cheapest starting price first")}` };
  }
  if ((mode === "like" || mode === "from") && origins.length > 0) {
    const title = mode === "like" ? `Alternatives to ${names}` : `Tools sharing capabilities with ${names}`;
    const narrowed = query.q ? ` and match “${query.q}”` : "";
    return { title, status: `${tools} share capability tags with ${names}${narrowed}${ordered("the most shared first")}` };
  }
  if (mode === "text") return { title: `Search: ${results.typed ?? query.q}`, status: `${tools} match “${query.q}”${ordered("most relevant first")}` };
  return { title: "Search the match graph", status: `${tools}${ordered("highest Rank first")}` };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const results = await getSearchResults(lenientSearchQuery(await searchParams));
  const query = results.query;
  const blank = isBlankSearch(query);
  const title = blank ? "Search the match graph" : headings(results).title;
  return {
    title,
    description: "Find AI tools by what you need, by capability, or as alternatives to a tool you know: ranked by relevance, with Rank, pricing and the capabilities that matched.",
    alternates: { canonical: blank ? "/search" : searchHref(query) },
    robots: { index: blank, follow: true },
    openGraph: { title, url: "/search" },
  };
}

// Rendered in one piece (no Suspense boundary) so the page is complete HTML
// and works without JavaScript; `instant = false` allows the empty static shell.
export const instant = false;

export default async function SearchPage({ searchParams }: Props) {
  const results = await getSearchResults(lenientSearchQuery(await searchParams));
  // Links are built from the search as run: read filters are real filters there.
  const query = results.query;
  const { title, status } = headings(results);
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-2xl break-words sm:text-3xl">{title}</h1>
        <SearchForm key={results.typed ?? ""} q={results.typed} autoFocus={isBlankSearch(query)} />
        <ReadAsChips readAs={results.readAs} />
      </header>
      {isBlankSearch(query) && <SearchIntro tags={results.facets.tags} />}
      <UnknownOrigins results={results} />
      <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
        {(results.total > 0 || !isBlankSearch(query)) && (
          <aside className="min-w-0">
            <SearchFacetsPanel facets={results.facets} query={query} />
          </aside>
        )}
        <section aria-label="Results" className="min-w-0 space-y-4 lg:col-start-2">
          <h2 className="sr-only">Results</h2>
          <p className="muted text-sm" role="status">
            {status}
          </p>
          {results.total === 0 ? (
            <NoResults phrase={query.q} suggestions={results.suggestions} clearFiltersHref={clearFilters(query)} />
          ) : (
            <ol className={`grid gap-3 xl:grid-cols-2 ${MARKS_STYLE}`}>
              {results.hits.map((hit) => (
                <SearchHitCard key={hit.slug} hit={hit} origins={results.origins} phrase={query.q} />
              ))}
            </ol>
          )}
          <Pagination page={results.page} pageCount={results.pageCount} href={(page) => searchHref({ ...query, page })} />
        </section>
      </div>
    </div>
  );
}

function filterCount(query: SearchQuery): number {
  return [query.kind, query.pricing, query.free].filter(Boolean).length + query.tag.length;
}

function clearFilters(query: SearchQuery): string | undefined {
  return filterCount(query) > 0 ? searchHref({ q: query.q, like: query.like, from: query.from }) : undefined;
}

function UnknownOrigins({ results }: { results: SearchResults }) {
  if (results.unknownSlugs.length === 0) return null;
  return (
    <p className="card text-sm" role="note">
      No published tool is called {joinWords(results.unknownSlugs.map((slug) => `“${slug}”`))}.{" "}
      {results.origins.length === 0 && <Link href={searchHref({ q: results.unknownSlugs.join(" ").replace(/-/g, " ") })}>Search for it by name instead</Link>}
    </p>
  );
}
