import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GraphMap } from "@/components/graph-map";
import { NeighbourhoodList } from "@/components/neighbourhood-list";
import { getToolNeighbourhood } from "@/lib/catalog/cached";
import { graphPath, toolPath } from "@/lib/compare-url";
import { layOut } from "@/lib/graph/layout";
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
  const description = `The ${neighbourhood.nodes.length - 1} tools closest to ${neighbourhood.centre.name}, grouped by job and linked by what they share.`;
  return { title, description, alternates: { canonical: graphPath(slug) }, openGraph: { title, description, url: graphPath(slug) } };
}

// Rendered in one piece (no Suspense boundary): the map is SVG drawn on the
// server and the list beside it plain HTML, so the page needs no JavaScript.
export const instant = false;
export const ensureStatic = "navigation";

export default async function GraphPage({ params }: Props) {
  const { slug } = await params;
  if (slug === BUILD_PLACEHOLDER) notFound();
  const neighbourhood = await getToolNeighbourhood(slug);
  if (!neighbourhood) notFound();
  const { centre, nodes, edges } = neighbourhood;
  const map = layOut(neighbourhood);
  const touchesCentre = (edge: (typeof edges)[number]) => edge.source === centre.slug || edge.target === centre.slug;
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl sm:text-3xl">{centre.name} in the match graph</h1>
        <p className="muted max-w-3xl">
          The tools a person choosing {centre.name} would also consider, grouped by the job they do. A link is stronger when the two do the same job and share
          specific capabilities, and when people compare them (<Link href="/methodology#match-graph">how links are weighed</Link>). Click a tool to centre the map on it.{" "}
          <Link href={toolPath(centre.slug)}>Back to {centre.name}</Link>
        </p>
      </header>
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <GraphMap map={map} title={`Match graph of ${centre.name} and its ${nodes.length - 1} closest tools, grouped by job, with the ${edges.length} strongest links.`} />
        <NeighbourhoodList centre={centre} groups={map.groups} between={edges.filter((edge) => !touchesCentre(edge))} names={new Map(nodes.map((node) => [node.slug, node.name]))} />
      </div>
    </article>
  );
}
