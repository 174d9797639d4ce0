import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { methodChanges, ScoreHistoryChart } from "@/components/score-history-chart";
import type { ScoreView } from "@/lib/catalog/types";

const snapshot = (computedAt: string, methodVersion: string, rank: number | null): ScoreView => ({
  rank,
  rankLow: rank === null ? null : rank - 5,
  rankHigh: rank === null ? null : rank + 5,
  adoption: 50,
  quality: null,
  ecosystem: 40,
  matchGraph: 30,
  freshness: 90,
  coverage: 4,
  provisional: false,
  signals: null,
  methodVersion,
  computedAt,
});

describe("the score history chart", () => {
  const history = [snapshot("2026-12-01T00:00:00.000Z", "2026-12.1", 60), snapshot("2026-11-20T00:00:00.000Z", "2026-11.1", 40), snapshot("2026-11-01T00:00:00.000Z", "2026-11.1", 35)];

  it("marks each change of method between consecutive snapshots", () => {
    expect(methodChanges(history).map((entry) => entry.methodVersion)).toEqual(["2026-12.1"]);
    const svg = renderToStaticMarkup(createElement(ScoreHistoryChart, { history }));
    expect(svg.match(/data-method-change="2026-12.1"/g)).toHaveLength(1);
    expect(svg).toContain("method 2026-12.1");
    expect(svg).toMatch(/aria-label="Rank history from 1 November 2026 to 1 December 2026: now 60; method changed to 2026-12.1 on 1 December 2026\."/);
    expect(svg.match(/<circle/g)).toHaveLength(3);
  });

  it("leaves out points with no Rank, and draws nothing without history", () => {
    const svg = renderToStaticMarkup(createElement(ScoreHistoryChart, { history: [...history, snapshot("2026-12-02T00:00:00.000Z", "2026-12.1", null)] }));
    expect(svg.match(/<circle/g)).toHaveLength(3);
    expect(renderToStaticMarkup(createElement(ScoreHistoryChart, { history: [] }))).toBe("");
  });
});
