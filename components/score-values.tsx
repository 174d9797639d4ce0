import type { ScoreView } from "@/lib/catalog/types";
import type { LifecycleStatus } from "@/lib/schemas/enums";
import { bandText, coverageText, NO_DATA, noEvidenceText } from "@/lib/scoring/display";
import type { Dimension } from "@/lib/scoring/method";

/**
 * "no data" for a sub-score nothing speaks to: the reason shows on hover and
 * focus, and screen readers read it with the cell (no JavaScript needed).
 */
export function NoData({ dimension, name }: { dimension: Dimension; name: string }) {
  return (
    // Focusable so keyboard users can open the explanation, as hover does.
    <span className="no-data" tabIndex={0} data-no-data={dimension}>
      {NO_DATA}
      <span className="no-data-why">{noEvidenceText(dimension, name)}</span>
    </span>
  );
}

/** A sub-score or "no data"; `quiet` (long history tables) drops the focusable explanation for a plain dash. */
export function SubScore({ dimension, name, scores, quiet = false }: { dimension: Dimension; name: string; scores: ScoreView | null; quiet?: boolean }) {
  const value = scores?.[dimension] ?? null;
  if (value !== null) return <>{value}</>;
  if (!quiet) return <NoData dimension={dimension} name={name} />;
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{NO_DATA}</span>
    </>
  );
}

type RankedTool = { rank: number | null; provisional: boolean; status: LifecycleStatus; scores: ScoreView | null };

/** Marks beside a Rank: provisional, deprecated, archived. */
export function RankMarks({ tool }: { tool: Pick<RankedTool, "provisional" | "status" | "rank"> }) {
  const marks = [tool.rank !== null && tool.provisional && "provisional", (tool.status === "deprecated" || tool.status === "archived") && tool.status].filter(Boolean);
  return marks.map((mark) => (
    <span key={String(mark)} className="rank-mark">
      {mark}
    </span>
  ));
}

/** Rank with its marks, band and coverage; "no current Rank" for a retired tool. */
export function RankValue({ tool }: { tool: RankedTool }) {
  if (tool.rank === null) return <span>No current Rank{tool.status === "retired" ? " (retired)" : ""}</span>;
  const { scores } = tool;
  return (
    <span className="rank-value">
      <span>
        <strong>{tool.rank}</strong>/100 <RankMarks tool={tool} />
      </span>
      {scores && scores.rankLow !== null && scores.rankHigh !== null && scores.coverage !== null && (
        <span className="rank-detail">
          {bandText(scores.rankLow, scores.rankHigh)}, {coverageText(scores.coverage)}
        </span>
      )}
    </span>
  );
}

/** Rank as cards and lists show it: "62/100", with its marks, or "no Rank". */
export function RankBadge({ tool }: { tool: Pick<RankedTool, "rank" | "provisional" | "status"> }) {
  return (
    <span className="shrink-0 text-sm tabular-nums" title="Rank">
      <span className="sr-only">Rank </span>
      {tool.rank === null ? (
        <span className="muted">no current Rank</span>
      ) : (
        <>
          <strong>{tool.rank}</strong>
          <span className="muted">/100</span>
        </>
      )}
      <RankMarks tool={tool} />
    </span>
  );
}
