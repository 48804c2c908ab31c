import { periodProgress, type PlanPeriod } from '../calendar/plan-period';
import type { IsoDate } from '../calendar/iso-date';
import { cumulativeTargetToDate, monthsRemaining, type MonthlyTarget } from './target-to-date';

// Why a province has no place in the ranking on a metric.
export type AttainmentStatus = 'REPORTED' | 'NOT_REPORTED' | 'NO_TARGET';

export type AttainmentInput = {
  period: PlanPeriod;
  asOf: IsoDate;
  /** The published period total ("Tổng số"), which may differ from the sum of the months. */
  periodTotal: number | null;
  monthlyTargets: readonly MonthlyTarget[];
  /** A(d): the latest revision of the latest report dated on or before asOf; null when none. */
  actual: number | null;
};

export type AttainmentFigures = {
  status: AttainmentStatus;
  target: number | null;
  targetToDate: number | null;
  actual: number | null;
  attainmentToDate: number | null;
  attainmentOfPeriod: number | null;
  timeElapsed: number;
  onTrack: boolean | null;
  requiredPacePerDay: number | null;
  requiredPacePerMonth: number | null;
  projectedAttainment: number | null;
};

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/** Every figure of one province on one metric at one date, exactly as docs/domain.md defines them. */
export function provinceAttainment(input: AttainmentInput): AttainmentFigures {
  const progress = periodProgress(input.period, input.asOf);
  const hasTarget = input.periodTotal !== null && input.periodTotal > 0;
  const targetToDate =
    input.monthlyTargets.length > 0 ? cumulativeTargetToDate(input.monthlyTargets, input.asOf) : null;
  const base = {
    target: input.periodTotal,
    targetToDate,
    actual: input.actual,
    timeElapsed: progress.timeElapsed,
  };
  const empty = {
    attainmentToDate: null,
    attainmentOfPeriod: null,
    onTrack: null,
    requiredPacePerDay: null,
    requiredPacePerMonth: null,
    projectedAttainment: null,
  };
  if (!hasTarget) return { ...base, ...empty, status: 'NO_TARGET' };
  if (input.actual === null) return { ...base, ...empty, status: 'NOT_REPORTED' };

  const total = input.periodTotal as number;
  const actual = input.actual;
  const attainmentOfPeriod = actual / total;
  const remaining = Math.max(total - actual, 0);
  const { daysElapsed, daysRemaining } = progress;
  const monthsLeft = monthsRemaining(input.asOf, input.period.end);
  return {
    ...base,
    status: 'REPORTED',
    attainmentToDate: targetToDate === null ? null : ratio(actual, targetToDate),
    attainmentOfPeriod,
    onTrack: attainmentOfPeriod >= progress.timeElapsed,
    requiredPacePerDay: daysRemaining > 0 ? remaining / daysRemaining : null,
    requiredPacePerMonth: monthsLeft > 0 ? remaining / monthsLeft : null,
    projectedAttainment: (actual + (actual / daysElapsed) * daysRemaining) / total,
  };
}
