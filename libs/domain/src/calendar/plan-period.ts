import { assertIsoDate, daysInclusive, type IsoDate } from './iso-date';

export type PlanPeriod = { start: IsoDate; end: IsoDate };

export type PeriodProgress = {
  asOf: IsoDate;
  daysInPeriod: number;
  /** Days from the start to the as-of date, both counted. */
  daysElapsed: number;
  /** Days after the as-of date up to and including the end. */
  daysRemaining: number;
  /** daysElapsed / daysInPeriod: "tiến độ thời gian". */
  timeElapsed: number;
};

export class PeriodError extends RangeError {
  constructor(
    message: string,
    /** The same refusal in Vietnamese, with the same values. */
    readonly messageVi: string,
  ) {
    super(message);
  }
}

export function assertWithinPeriod(period: PlanPeriod, asOf: IsoDate): void {
  assertIsoDate(asOf, 'as-of date');
  if (asOf < period.start || asOf > period.end) {
    throw new PeriodError(
      `as-of date ${asOf} is outside the plan period ${period.start}..${period.end}`,
      `Ngày tính ${asOf} nằm ngoài kỳ kế hoạch ${period.start}..${period.end}.`,
    );
  }
}

export function periodProgress(period: PlanPeriod, asOf: IsoDate): PeriodProgress {
  assertWithinPeriod(period, asOf);
  const daysInPeriod = daysInclusive(period.start, period.end);
  const daysElapsed = daysInclusive(period.start, asOf);
  return {
    asOf,
    daysInPeriod,
    daysElapsed,
    daysRemaining: daysInPeriod - daysElapsed,
    timeElapsed: daysElapsed / daysInPeriod,
  };
}
