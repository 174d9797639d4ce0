import type { KindStanding, ScoreView, ToolDetail } from "@/lib/catalog/types";
import { formatDate } from "@/lib/dates";
import { coverageText, kindStandingText } from "@/lib/scoring/display";
import { DIMENSIONS, DIMENSION_LABELS, type Dimension } from "@/lib/scoring/method";
import { ScoreHistoryChart } from "./score-history-chart";
import { NoData, RankMarks, SubScore } from "./score-values";

function Meter({ dimension, name, scores }: { dimension: Dimension; name: string; scores: ScoreView }) {
  const value = scores[dimension];
  const count = scores.signals?.[dimension];
  return (
    <div>
      <div className="flex justify-between gap-2 text-sm">
        <span>
          {DIMENSION_LABELS[dimension]}
          {count !== undefined && <span className="muted text-xs"> · {count} {dimension === "matchGraph" ? (count === 1 ? "tag" : "tags") : count === 1 ? "signal" : "signals"}</span>}
        </span>
        <span className="tabular-nums font-medium">{value === null ? <NoData dimension={dimension} name={name} /> : value}</span>
      </div>
      {value !== null && (
        <div className="mt-1 h-2 rounded-full bg-zinc-200 dark:bg-zinc-800" aria-hidden="true">
          <div className="h-2 rounded-full bg-accent dark:bg-sky-400" style={{ width: `${value}%` }} />
        </div>
      )}
    </div>
  );
}

type PanelTool = Pick<ToolDetail, "name" | "rank" | "provisional" | "status" | "scores">;

export function ScorePanel({ tool, standing }: { tool: PanelTool; standing: KindStanding | null }) {
  const { scores } = tool;
  if (!scores) return <p className="muted">Scores have not been computed yet.</p>;
  return (
    <div className="card space-y-3">
      {tool.rank === null ? (
        <p className="text-xl font-semibold">No current Rank{tool.status === "retired" ? ": retired" : ""}</p>
      ) : (
        <p className="text-3xl font-bold tabular-nums">
          {tool.rank}
          <span className="muted text-base font-normal">/100 Rank</span> <RankMarks tool={tool} />
        </p>
      )}
      {tool.rank !== null && scores.rankLow !== null && scores.rankHigh !== null && (
        <p className="muted text-sm" data-rank-band>
          Likely between {scores.rankLow} and {scores.rankHigh}
          {scores.coverage !== null && `, ${coverageText(scores.coverage)}`}.
        </p>
      )}
      {standing && <p className="text-sm" data-kind-standing>{kindStandingText(standing)}</p>}
      {DIMENSIONS.map((dimension) => (
        <Meter key={dimension} dimension={dimension} name={tool.name} scores={scores} />
      ))}
      <p className="muted text-xs">
        Method {scores.methodVersion}, computed {formatDate(scores.computedAt)}.
      </p>
    </div>
  );
}

export function ScoreHistory({ history, name }: { history: ScoreView[]; name: string }) {
  if (history.length === 0) return null;
  return (
    <div className="space-y-3">
      <ScoreHistoryChart history={history} />
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
                <td className="px-2 py-1 font-medium">{entry.rank ?? "—"}</td>
                {DIMENSIONS.map((dimension) => (
                  <td key={dimension} className="px-2 py-1">
                    <SubScore dimension={dimension} name={name} scores={entry} quiet />
                  </td>
                ))}
                <td className="px-2 py-1">{entry.methodVersion}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
