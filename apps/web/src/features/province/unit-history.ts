// The province page of a unit seen on another set than its plan's own (the 2021 plan on the 34): its figures are the
// sums of its predecessors', so its history comes from rankHistory, report date by report date, without revisions
// (those belong to the predecessors' submissions). Pure, so the shape the charts read is tested without a browser.
import type { Metric } from '../../api/fields';
import type { UnitProvince } from '../../plan/unit-sets.queries';
import type { ActualHistory, PredecessorCell, PredecessorScorecard, RankHistoryPoint } from './province.queries';

/** The rank history as the history chart reads an actual history: target to date and actual at each date. */
export function historyFromRankHistory(planId: string, rows: readonly RankHistoryPoint[]): ActualHistory | null {
  const first = rows[0];
  if (!first) return null;
  return {
    planId,
    province: first.province,
    metric: first.metric,
    target: first.target,
    points: rows.map((row) => ({
      reportDate: row.asOf,
      // As actualHistory gives it for a unit without a quota: 0.
      cumulativeTarget: row.targetToDate ?? 0,
      actual: row.actual,
      attainmentToDate: row.attainmentToDate,
      revisions: [],
    })),
  };
}

/** The unit of the 34 a code of the 63 was merged into; undefined when no unit lists it. */
export function successorOf(code: string, units: readonly UnitProvince[]): UnitProvince | undefined {
  return units.find((unit) => unit.predecessors.some((p) => p.code === code));
}

export type PredecessorRow = {
  metric: Metric;
  /** One cell per predecessor, in the order of the predecessors given; undefined when the answer lacks it. */
  cells: (PredecessorCell | undefined)[];
};

/** The predecessors' figures metric by metric, in catalogue order: one row per metric, one column per predecessor. */
export function predecessorRows(
  scorecard: PredecessorScorecard,
  predecessors: readonly Pick<UnitProvince, 'code'>[],
  metrics: readonly Metric[],
): PredecessorRow[] {
  const byCode = new Map(scorecard.rows.map((row) => [row.province.code, row]));
  return metrics
    .filter((metric) => scorecard.metrics.includes(metric.key))
    .map((metric) => {
      const column = scorecard.metrics.indexOf(metric.key);
      return { metric, cells: predecessors.map((p) => byCode.get(p.code)?.cells[column]) };
    });
}
