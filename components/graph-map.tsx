import { graphPath } from "@/lib/compare-url";
import { MAP_SIZE, type NeighbourhoodMap } from "@/lib/graph/layout";

const MARGIN = 110;
const nodeRadius = (rank: number | null, isCentre: boolean) => (isCentre ? 16 : 6 + Math.round(((rank ?? 0) / 100) * 7));

/**
 * The neighbourhood as a map, drawn on the server as SVG (no JavaScript):
 * groups of tools by job around the centre, stronger links shorter and
 * thicker, links to or from retired tools dashed. Each tool links to its own map.
 */
export function GraphMap({ map, title }: { map: NeighbourhoodMap; title: string }) {
  const maxStrength = Math.max(0.001, ...map.edges.map((edge) => edge.strength));
  return (
    <figure className="card space-y-2">
      <svg
        viewBox={`${-MARGIN} -40 ${MAP_SIZE + 2 * MARGIN} ${MAP_SIZE + 80}`}
        className="h-auto w-full text-zinc-700 dark:text-zinc-300"
        aria-labelledby="graph-map-title"
        data-testid="graph-map"
      >
        <title id="graph-map-title">{title}</title>
        <g stroke="currentColor" strokeLinecap="round">
          {map.edges.map((edge) => (
            <line
              key={`${edge.source}~${edge.target}`}
              x1={edge.x1}
              y1={edge.y1}
              x2={edge.x2}
              y2={edge.y2}
              strokeWidth={1 + (4 * edge.strength) / maxStrength}
              strokeOpacity={0.25 + (0.45 * edge.strength) / maxStrength}
              strokeDasharray={edge.retired ? "6 5" : undefined}
              data-link={`${edge.source}~${edge.target}`}
              data-retired={edge.retired || undefined}
            >
              <title>{`${edge.strength.toFixed(2)}: ${edge.reason}`}</title>
            </line>
          ))}
        </g>
        <g className="fill-zinc-500 text-[13px] font-medium uppercase tracking-wide dark:fill-zinc-400">
          {map.labels.map((label) => (
            <text key={label.label} x={label.x} y={label.y} textAnchor={label.anchor}>
              {label.label}
            </text>
          ))}
        </g>
        {map.nodes.map((node) => (
          <a key={node.slug} href={graphPath(node.slug)} data-node={node.slug}>
            <circle
              cx={node.x}
              cy={node.y}
              r={nodeRadius(node.rank, node.isCentre)}
              className={node.isCentre ? "fill-accent dark:fill-sky-400" : "fill-white stroke-accent dark:fill-zinc-900 dark:stroke-sky-400"}
              strokeWidth={2}
              strokeDasharray={node.status === "retired" || node.status === "archived" ? "3 2" : undefined}
            />
            <text x={node.x} y={node.y + nodeRadius(node.rank, node.isCentre) + 14} textAnchor="middle" className="fill-zinc-900 text-[13px] dark:fill-zinc-100">
              {node.name}
              {node.status === "retired" || node.status === "archived" ? ` (${node.status})` : ""}
            </text>
          </a>
        ))}
      </svg>
      <figcaption className="muted text-sm">
        Grouped by job; a shorter, thicker link is a stronger one. Dashed: a link to or from a retired or archived tool. The same tools, in the same order, are listed beside the map.
      </figcaption>
    </figure>
  );
}
