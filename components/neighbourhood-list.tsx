import Link from "next/link";
import { comparisonPath, graphPath, toolPath } from "@/lib/compare-url";
import type { JobGroup } from "@/lib/graph/layout";
import type { GraphEdge, GraphNode } from "@/lib/graph/types";
import { TOOL_KIND_LABELS } from "@/lib/schemas/enums";

type Props = { centre: GraphNode; groups: JobGroup[]; between: GraphEdge[]; names: ReadonlyMap<string, string> };

/** The map as lists, in the map's order: what a screen reader, a keyboard or a small screen gets. */
export function NeighbourhoodList({ centre, groups, between, names }: Props) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="neighbours-heading" className="space-y-3">
        <h2 id="neighbours-heading" className="text-lg">
          Closest tools to {centre.name}
        </h2>
        {groups.length === 0 && <p className="muted">No other tool is linked to {centre.name} yet.</p>}
        {groups.map((group) => (
          <section key={group.category} aria-label={group.label} className="space-y-2">
            <h3 className="muted text-sm font-medium uppercase tracking-wide">{group.label}</h3>
            <ol className="space-y-2" data-testid="neighbour-list">
              {group.nodes.map((node) => (
                <li key={node.slug} className="card space-y-1 text-sm" data-slug={node.slug}>
                  <p className="flex items-baseline justify-between gap-2">
                    <Link href={graphPath(node.slug)} className="font-medium">
                      {node.name}
                    </Link>
                    <span className="muted shrink-0 tabular-nums">
                      {TOOL_KIND_LABELS[node.kind]} · Rank {node.rank ?? "—"}
                      {node.status === "retired" || node.status === "archived" ? ` · ${node.status}` : ""}
                    </span>
                  </p>
                  <p>
                    <strong className="font-medium tabular-nums">{node.strength.toFixed(2)}</strong> <span>{node.reason}</span>
                  </p>
                  <p className="flex gap-3">
                    <Link href={toolPath(node.slug)}>Tool page</Link>
                    <Link href={comparisonPath([centre.slug, node.slug])}>Compare with {centre.name}</Link>
                  </p>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </section>
      {between.length > 0 && (
        <details className="card text-sm">
          <summary className="cursor-pointer font-medium">{between.length} strong links between these tools</summary>
          <table className="mt-2 w-full text-left">
            <caption className="sr-only">The strongest links between the closest tools, and what each pair shares</caption>
            <thead>
              <tr className="border-b border-zinc-300 dark:border-zinc-700">
                <th scope="col" className="py-1 pr-2">Tools</th>
                <th scope="col" className="py-1 pr-2">Strength: what they share</th>
              </tr>
            </thead>
            <tbody>
              {between.map((edge) => (
                <tr key={`${edge.source}~${edge.target}`} className="border-b border-zinc-200 align-top dark:border-zinc-800">
                  <td className="py-1 pr-2">
                    {names.get(edge.source)} – {names.get(edge.target)}
                  </td>
                  <td className="py-1 pr-2">
                    <span className="tabular-nums">{edge.strength.toFixed(2)}</span>: {edge.reason}
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
