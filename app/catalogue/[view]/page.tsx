import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CatalogueFilters } from "@/components/catalogue-filters";
import { Pagination } from "@/components/pagination";
import { JsonLd } from "@/components/json-ld";
import { ToolCard } from "@/components/tool-card";
import { toolPath } from "@/lib/compare-url";
import { siteUrl } from "@/lib/env";
import { getCataloguePage } from "@/lib/catalog/cached";
import { BUILD_PLACEHOLDER, placeholderParams } from "@/lib/routing/build-placeholder";
import { catalogueQueryOfSegment } from "@/lib/routing/catalogue-view";
import { CATALOGUE_PAGE_SIZE, catalogueHref } from "@/lib/schemas/catalogue-query";

// /tools?… lands here: proxy.ts rewrites each filter state to its canonical
// segment, so every state is one cached page (query strings would make it
// per-request). The address people see and share stays /tools?….
type Props = { params: Promise<{ view: string }> };

export const metadata: Metadata = {
  title: "The catalogue of AI tools",
  description: "Every AI model, API, app, agent and library in toolmatch: filter by kind, pricing and free tier; sort by Rank, name or freshness.",
  alternates: { canonical: "/tools" },
  openGraph: { title: "The catalogue of AI tools", url: "/tools" },
};

export function generateStaticParams() {
  return placeholderParams("view");
}

// Rendered in one piece (no Suspense boundary) so the page is complete HTML
// and works without JavaScript; `instant = false` allows the empty static shell.
export const instant = false;
export const ensureStatic = "navigation";

export default async function CataloguePage({ params }: Props) {
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl">Catalogue</h1>
        <p className="muted">Every tool we track, with its Rank and when its data was last verified.</p>
      </header>
      <CatalogueResults params={params} />
    </div>
  );
}

async function CatalogueResults({ params }: Props) {
  const { view } = await params;
  if (view === BUILD_PLACEHOLDER) notFound();
  const query = catalogueQueryOfSegment(view);
  const result = await getCataloguePage(query);
  // Past the last page there is nothing to list: a 404, not "no tool matches these filters".
  if (result.page > result.pageCount) notFound();
  return (
    <div className="space-y-6">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "ItemList",
          name: "AI tools in toolmatch",
          numberOfItems: result.total,
          itemListElement: result.items.map((tool, index) => ({
            "@type": "ListItem",
            position: (result.page - 1) * CATALOGUE_PAGE_SIZE + index + 1,
            url: `${siteUrl()}${toolPath(tool.slug)}`,
            name: tool.name,
          })),
        }}
      />
      <CatalogueFilters query={query} />
      <p className="muted text-sm" role="status">
        {result.total} {result.total === 1 ? "tool" : "tools"}
        {query.sort === "rank" && ", provisional Ranks after settled ones"}
      </p>
      {result.items.length === 0 ? (
        <p>No tool matches these filters. <Link href="/tools">Clear the filters</Link>.</p>
      ) : (
        <>
          <h2 className="sr-only">Tools</h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {result.items.map((tool) => (
              <ToolCard key={tool.slug} tool={tool} />
            ))}
          </ul>
        </>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} href={(page) => catalogueHref({ ...query, page })} />
    </div>
  );
}
