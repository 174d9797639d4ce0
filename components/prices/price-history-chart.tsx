import type { PriceView } from "@/lib/catalog/types";
import { formatDate } from "@/lib/dates";
import { formatMoney } from "@/lib/pricing";

const WIDTH = 320;
const HEIGHT = 96;
const PAD = 6;

type Series = { label: string; points: PriceView[] };

const day = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * A small server-rendered step chart of how an offer's prices moved, drawn
 * only when one has changed; the table beside it carries the same numbers.
 */
export function PriceHistoryChart({ title, series, end }: { title: string; series: Series[]; end: string }) {
  const all = series.flatMap((s) => s.points);
  const start = Math.min(...all.map((p) => day(p.validFrom)));
  const stop = Math.max(day(end), ...all.map((p) => day(p.validTo ?? p.validFrom)));
  const top = Math.max(...all.map((p) => Number(p.amount))) * 1.1 || 1;
  const x = (date: number) => PAD + ((date - start) / Math.max(1, stop - start)) * (WIDTH - 2 * PAD);
  const y = (amount: number) => HEIGHT - PAD - (amount / top) * (HEIGHT - 2 * PAD);
  const path = (points: PriceView[]) =>
    [...points]
      .sort((a, b) => day(a.validFrom) - day(b.validFrom))
      .map((p) => `M${x(day(p.validFrom)).toFixed(1)},${y(Number(p.amount)).toFixed(1)} H${x(p.validTo ? day(p.validTo) : stop).toFixed(1)}`)
      .join(" ");
  return (
    <figure className="space-y-1">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-24 w-full max-w-sm" role="img" aria-label={`${title}: price over time, from ${formatDate(new Date(start).toISOString())}`}>
        <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} className="stroke-zinc-300 dark:stroke-zinc-700" />
        {series.map((s, index) => (
          <path key={s.label} d={path(s.points)} fill="none" strokeWidth={2} className={index === 0 ? "stroke-sky-600 dark:stroke-sky-400" : "stroke-amber-600 dark:stroke-amber-400"} />
        ))}
      </svg>
      <figcaption className="muted text-xs">
        {series.map((s, index) => (
          <span key={s.label} className="mr-3">
            <span aria-hidden="true" className={index === 0 ? "text-sky-600 dark:text-sky-400" : "text-amber-600 dark:text-amber-400"}>
              ━
            </span>{" "}
            {s.label} (now {formatMoney(s.points.find((p) => p.validTo === null)?.amount ?? s.points[0]!.amount)})
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
