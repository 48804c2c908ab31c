import { describe, expect, it } from 'vitest';
import { nationalAggregate } from './national-aggregate';

describe('nationalAggregate', () => {
  it('sums actuals over sums of targets, counting provinces that did not report', () => {
    const months = (value: number) => [{ month: '2021-09', value }];
    const national = nationalAggregate(
      [
        { periodTotal: 100, monthlyTargets: months(100), actual: 50 },
        { periodTotal: 300, monthlyTargets: months(300), actual: 150 },
        { periodTotal: 200, monthlyTargets: months(200), actual: null },
        { periodTotal: null, monthlyTargets: [], actual: 7 },
      ],
      '2021-09-30',
    );
    expect(national.target).toBe(600);
    expect(national.targetToDate).toBe(600);
    expect(national.actual).toBe(200);
    expect(national.attainmentOfPeriod).toBeCloseTo(200 / 600, 12);
    expect(national.provincesReported).toBe(2);
    expect(national.provincesNotReported).toBe(1);
  });
});
