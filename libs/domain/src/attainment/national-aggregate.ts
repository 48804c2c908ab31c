import { cumulativeTargetToDate, type MonthlyTarget } from './target-to-date';
import type { IsoDate } from '../calendar/iso-date';

export type ProvinceContribution = {
  periodTotal: number | null;
  monthlyTargets: readonly MonthlyTarget[];
  actual: number | null;
};

export type NationalAggregate = {
  /** Sum of the provinces' published period totals. */
  target: number;
  targetToDate: number;
  /** Sum of the actuals of the provinces that reported; a province that did not report adds nothing. */
  actual: number;
  attainmentToDate: number | null;
  attainmentOfPeriod: number | null;
  provincesReported: number;
  provincesNotReported: number;
};

/** The national figure is computed from the province rows, never taken from the published national row. */
export function nationalAggregate(rows: readonly ProvinceContribution[], asOf: IsoDate): NationalAggregate {
  let target = 0;
  let targetToDate = 0;
  let actual = 0;
  let provincesReported = 0;
  let provincesNotReported = 0;
  for (const row of rows) {
    if (row.periodTotal === null || row.periodTotal <= 0) continue;
    target += row.periodTotal;
    targetToDate += cumulativeTargetToDate(row.monthlyTargets, asOf);
    if (row.actual === null) provincesNotReported += 1;
    else {
      actual += row.actual;
      provincesReported += 1;
    }
  }
  return {
    target,
    targetToDate,
    actual,
    attainmentToDate: targetToDate > 0 ? actual / targetToDate : null,
    attainmentOfPeriod: target > 0 ? actual / target : null,
    provincesReported,
    provincesNotReported,
  };
}
