import type { Metadata } from "next";
import Link from "next/link";
import { CatalogueFilters } from "@/components/catalogue-filters";
import { Pagination } from "@/components/pagination";
import { JsonLd } from "@/components/json-ld";
import { ToolCard } from "@/components/tool-card";
import { toolPath } from "@/lib/compare-url";
import { siteUrl } from "@/lib/env";
import { getCataloguePage } from "@/lib/catalog/cached";
import { CATALOGUE_PAGE_SIZE, catalogueHref, lenientCatalogueQuery } from "@/lib/schemas/catalogue-query";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: "The catalogue of AI tools",
  description: "Every AI model, API, app, agent and library in toolmatch: filter by kind, pricing and free tier; sort by Rank, name or freshness.",
  alternates: { canonical: "/tools" },
  openGraph: { title: "The catalogue of AI tools", url: "/tools" },
};

// Rendered in one piece (no Suspense boundary) so the page is complete HTML
// and works without JavaScript; `instant = false` allows the empty static shell.
export const instant = false;

export default async function CataloguePage({ searchParams }: Props) {
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl">Catalogue</h1>
        <p className="muted">Every tool we track, with its Rank and when its data was last verified.</p>
      </header>
      <CatalogueResults searchParams={searchParams} />
    </div>
  );
}

async function CatalogueResults({ searchParams }: Props) {
  const query = lenientCatalogueQuery(await searchParams);
  const result = await getCataloguePage(query);
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
      </p>
      {result.items.length === 0 ? (
        <p>No tool matches these filters. <Link href="/tools">Clear the filters</Link>.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {result.items.map((tool) => (
            <ToolCard key={tool.slug} tool={tool} />
          ))}
        </ul>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} href={(page) => catalogueHref({ ...query, page })} />
    </div>
  );
}
