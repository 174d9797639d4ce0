import type { ScoreView } from "@/lib/catalog/types";
import { formatDate } from "@/lib/dates";

const WIDTH = 360;
const HEIGHT = 120;
const PAD = { left: 26, right: 8, top: 16, bottom: 18 };

type Point = { at: number; entry: ScoreView };

/** Where the method changed between two consecutive snapshots. */
export function methodChanges(history: readonly ScoreView[]): ScoreView[] {
  const ordered = [...history].sort((a, b) => a.computedAt.localeCompare(b.computedAt));
  return ordered.filter((entry, index) => index > 0 && entry.methodVersion !== ordered[index - 1]!.methodVersion);
}

/**
 * Rank over time as a small server-rendered SVG (no JavaScript): the line is
 * Rank, the shaded area its band, dashed verticals the method changes. The
 * history table beside it carries the same numbers.
 */
export function ScoreHistoryChart({ history }: { history: readonly ScoreView[] }) {
  const points: Point[] = [...history].map((entry) => ({ at: Date.parse(entry.computedAt), entry })).sort((a, b) => a.at - b.at);
  if (points.length === 0) return null;
  const start = points[0]!.at;
  const span = Math.max(1, points.at(-1)!.at - start);
  const x = (at: number) => PAD.left + (points.length === 1 ? 0.5 : (at - start) / span) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - value / 100) * (HEIGHT - PAD.top - PAD.bottom);
  const ranked = points.filter((p) => p.entry.rank !== null);
  const banded = ranked.filter((p) => p.entry.rankLow !== null && p.entry.rankHigh !== null);
  const line = ranked.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.at).toFixed(1)},${y(p.entry.rank!).toFixed(1)}`).join(" ");
  const band = banded.length
    ? `M${banded.map((p) => `${x(p.at).toFixed(1)},${y(p.entry.rankHigh!).toFixed(1)}`).join(" L")} L${[...banded].reverse().map((p) => `${x(p.at).toFixed(1)},${y(p.entry.rankLow!).toFixed(1)}`).join(" L")} Z`
    : "";
  const changes = methodChanges(history);
  const latest = points.at(-1)!.entry;
  const label = `Rank history from ${formatDate(points[0]!.entry.computedAt)} to ${formatDate(latest.computedAt)}: ${ranked.length ? `now ${latest.rank ?? "no current Rank"}` : "no Rank"}${changes.length ? `; method changed to ${changes.map((c) => `${c.methodVersion} on ${formatDate(c.computedAt)}`).join(", ")}` : ""}.`;
  return (
    <figure className="space-y-1">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-32 w-full max-w-md" role="img" aria-label={label} data-chart="score-history">
        {[0, 50, 100].map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} className="stroke-zinc-200 dark:stroke-zinc-800" />
            <text x={PAD.left - 4} y={y(tick) + 3} textAnchor="end" className="fill-zinc-600 text-[9px] dark:fill-zinc-400">
              {tick}
            </text>
          </g>
        ))}
        {band && <path d={band} className="fill-sky-600/15 stroke-sky-600/30 dark:fill-sky-400/20 dark:stroke-sky-400/30" strokeWidth={banded.length === 1 ? 6 : 0} />}
        {changes.map((change) => (
          <g key={change.computedAt} data-method-change={change.methodVersion}>
            <line x1={x(Date.parse(change.computedAt))} x2={x(Date.parse(change.computedAt))} y1={PAD.top - 4} y2={HEIGHT - PAD.bottom} strokeDasharray="3 3" className="stroke-amber-600 dark:stroke-amber-400" />
            <text x={x(Date.parse(change.computedAt)) + 3} y={PAD.top - 6} className="fill-amber-800 text-[9px] dark:fill-amber-300">
              method {change.methodVersion}
            </text>
          </g>
        ))}
        {line && <path d={line} fill="none" strokeWidth={2} className="stroke-sky-700 dark:stroke-sky-400" />}
        {ranked.map((p) => (
          <circle key={p.entry.computedAt} cx={x(p.at)} cy={y(p.entry.rank!)} r={2.5} className="fill-sky-700 dark:fill-sky-400" />
        ))}
        <text x={PAD.left} y={HEIGHT - 4} className="fill-zinc-600 text-[9px] dark:fill-zinc-400">
          {formatDate(points[0]!.entry.computedAt)}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 4} textAnchor="end" className="fill-zinc-600 text-[9px] dark:fill-zinc-400">
          {formatDate(latest.computedAt)}
        </text>
      </svg>
      <figcaption className="muted text-xs">Rank over time; the shaded area is its likely range, dashed lines mark changes of method.</figcaption>
    </figure>
  );
}
