import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GraphCanvas } from "@/components/graph-canvas";
import { NeighbourhoodList } from "@/components/neighbourhood-list";
import { getToolNeighbourhood } from "@/lib/catalog/cached";
import { graphPath, toolPath } from "@/lib/compare-url";
import { BUILD_PLACEHOLDER, placeholderParams } from "@/lib/routing/build-placeholder";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return placeholderParams("slug");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (slug === BUILD_PLACEHOLDER) return {};
  const neighbourhood = await getToolNeighbourhood(slug);
  if (!neighbourhood) return {};
  const title = `${neighbourhood.centre.name} in the match graph`;
  const description = `The ${neighbourhood.nodes.length - 1} tools closest to ${neighbourhood.centre.name}, linked by the capabilities they share.`;
  return { title, description, alternates: { canonical: graphPath(slug) }, openGraph: { title, description, url: graphPath(slug) } };
}

// Rendered in one piece (no Suspense boundary) so the list view is complete
// HTML without JavaScript; the drawing is added in the browser.
export const instant = false;
export const ensureStatic = "navigation";

export default async function GraphPage({ params }: Props) {
  const { slug } = await params;
  if (slug === BUILD_PLACEHOLDER) notFound();
  const neighbourhood = await getToolNeighbourhood(slug);
  if (!neighbourhood) notFound();
  const { centre, nodes, edges } = neighbourhood;
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl sm:text-3xl">{centre.name} in the match graph</h1>
        <p className="muted max-w-3xl">
          Tools are linked when their capabilities share a tag; the number on a link, and its thickness, is how many tags they share.
          Click a tool to centre the graph on it. <Link href={toolPath(centre.slug)}>Back to {centre.name}</Link>
        </p>
      </header>
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <GraphCanvas
          nodes={nodes.map(({ slug, name, rank, isCentre }) => ({ slug, name, rank, isCentre }))}
          edges={edges.map(({ source, target, weight }) => ({ source, target, weight }))}
          label={`Match graph of ${centre.name} and its ${nodes.length - 1} closest tools, ${edges.length} links. The same tools and links are listed beside it.`}
        />
        <NeighbourhoodList neighbourhood={neighbourhood} />
      </div>
    </article>
  );
}
