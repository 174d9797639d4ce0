import type { ScoreView } from "@/lib/catalog/types";
import { formatDate } from "@/lib/dates";
import { DIMENSIONS, DIMENSION_LABELS } from "@/lib/scoring/method";

function Meter({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <div className="flex justify-between text-sm">
        <span>{label}</span>
        <span className="tabular-nums font-medium">{value}</span>
      </div>
      <div className="mt-1 h-2 rounded-full bg-zinc-200 dark:bg-zinc-800" aria-hidden="true">
        <div className="h-2 rounded-full bg-accent dark:bg-sky-400" style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}

export function ScorePanel({ scores }: { scores: ScoreView | null }) {
  if (!scores) return <p className="muted">Scores have not been computed yet.</p>;
  return (
    <div className="card space-y-3">
      <p className="text-3xl font-bold tabular-nums">
        {scores.rank}
        <span className="muted text-base font-normal">/100 Rank</span>
      </p>
      {DIMENSIONS.map((dimension) => (
        <Meter key={dimension} label={DIMENSION_LABELS[dimension]} value={scores[dimension]} />
      ))}
      <p className="muted text-xs">
        Method {scores.methodVersion}, computed {formatDate(scores.computedAt)}.
      </p>
    </div>
  );
}

export function ScoreHistory({ history }: { history: ScoreView[] }) {
  if (history.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Score history, newest first</caption>
        <thead>
          <tr className="border-b border-zinc-300 dark:border-zinc-700">
            <th scope="col" className="py-1 pr-3">Computed</th>
            <th scope="col" className="px-2 py-1">Rank</th>
            {DIMENSIONS.map((dimension) => (
              <th key={dimension} scope="col" className="px-2 py-1">
                {DIMENSION_LABELS[dimension]}
              </th>
            ))}
            <th scope="col" className="px-2 py-1">Method</th>
          </tr>
        </thead>
        <tbody>
          {history.map((entry) => (
            <tr key={entry.computedAt} className="border-b border-zinc-200 tabular-nums dark:border-zinc-800">
              <td className="py-1 pr-3">{formatDate(entry.computedAt)}</td>
              <td className="px-2 py-1 font-medium">{entry.rank}</td>
              {DIMENSIONS.map((dimension) => (
                <td key={dimension} className="px-2 py-1">
                  {entry[dimension]}
                </td>
              ))}
              <td className="px-2 py-1">{entry.methodVersion}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
