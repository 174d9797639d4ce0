import Link from "next/link";
import { comparisonPath, graphPath, toolPath } from "@/lib/compare-url";
import type { GraphEdge, Neighbourhood } from "@/lib/graph/types";
import { TOOL_KIND_LABELS } from "@/lib/schemas/enums";

const touches = (edge: GraphEdge, slug: string) => edge.source === slug || edge.target === slug;

/** The graph as lists: what a screen reader, a keyboard or a browser without JavaScript gets. */
export function NeighbourhoodList({ neighbourhood }: { neighbourhood: Neighbourhood }) {
  const { centre, nodes, edges } = neighbourhood;
  const names = new Map(nodes.map((node) => [node.slug, node.name]));
  const spokes = new Map(edges.filter((edge) => touches(edge, centre.slug)).map((edge) => [edge.source === centre.slug ? edge.target : edge.source, edge]));
  const between = edges.filter((edge) => !touches(edge, centre.slug));
  return (
    <div className="space-y-6">
      <section aria-labelledby="neighbours-heading" className="space-y-3">
        <h2 id="neighbours-heading" className="text-lg">
          Closest tools to {centre.name}
        </h2>
        {nodes.length === 1 && <p className="muted">No other tool shares a capability tag with {centre.name} yet.</p>}
        <ol className="space-y-2" data-testid="neighbour-list">
          {nodes
            .filter((node) => !node.isCentre)
            .map((node) => {
              const spoke = spokes.get(node.slug);
              return (
                <li key={node.slug} className="card space-y-1 text-sm">
                  <p className="flex items-baseline justify-between gap-2">
                    <Link href={graphPath(node.slug)} className="font-medium">
                      {node.name}
                    </Link>
                    <span className="muted shrink-0 tabular-nums">
                      {TOOL_KIND_LABELS[node.kind]} · Rank {node.rank ?? "—"}
                    </span>
                  </p>
                  <p>
                    <strong className="font-medium">{spoke?.weight ?? 0} shared</strong>
                    {spoke && <span className="muted">: {spoke.sharedTags.map((tag) => tag.name).join(", ")}</span>}
                  </p>
                  <p className="flex gap-3">
                    <Link href={toolPath(node.slug)}>Tool page</Link>
                    <Link href={comparisonPath([centre.slug, node.slug])}>Compare with {centre.name}</Link>
                  </p>
                </li>
              );
            })}
        </ol>
      </section>
      {between.length > 0 && (
        <details className="card text-sm">
          <summary className="cursor-pointer font-medium">
            {between.length} links between these tools
          </summary>
          <table className="mt-2 w-full text-left">
            <caption className="sr-only">Links between the closest tools and the capability tags they share</caption>
            <thead>
              <tr className="border-b border-zinc-300 dark:border-zinc-700">
                <th scope="col" className="py-1 pr-2">Tools</th>
                <th scope="col" className="py-1 pr-2">Shared</th>
              </tr>
            </thead>
            <tbody>
              {between.map((edge) => (
                <tr key={`${edge.source}~${edge.target}`} className="border-b border-zinc-200 align-top dark:border-zinc-800">
                  <td className="py-1 pr-2">
                    {names.get(edge.source)} – {names.get(edge.target)}
                  </td>
                  <td className="py-1 pr-2">
                    <span className="tabular-nums">{edge.weight}</span>
                    <span className="muted">: {edge.sharedTags.map((tag) => tag.name).join(", ")}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
