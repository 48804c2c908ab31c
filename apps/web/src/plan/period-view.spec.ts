import { describe, expect, it } from 'vitest';
import { plan as planFixture } from '../features/plans/plan.fixture';
import { resolvePeriodView, writePeriodView } from './period-view';

// The shipped plan's period, with the latest date that has data.
const plan = planFixture('2800-KH-BHXH-2021', [1], {
  latestReportDateWithData: '2021-09-30',
  hasSyntheticActuals: false,
});

describe('resolvePeriodView', () => {
  it('reads the date and basis, else the latest date with data and the target to date', () => {
    expect(resolvePeriodView(new URLSearchParams('asOf=2021-10-20&basis=PERIOD'), plan)).toEqual({
      view: { asOf: '2021-10-20', basis: 'PERIOD' },
      invalid: [],
    });
    expect(resolvePeriodView(new URLSearchParams(''), plan).view).toEqual({ asOf: '2021-09-30', basis: 'TO_DATE' });
  });

  it('names a date outside the plan and an unknown basis', () => {
    expect(resolvePeriodView(new URLSearchParams('asOf=2022-01-01&basis=YEAR'), plan).invalid).toEqual([
      'asOf',
      'basis',
    ]);
  });
});

describe('writePeriodView', () => {
  it('writes the date and leaves the default basis out of the address', () => {
    const query = new URLSearchParams('basis=PERIOD&x=1');
    writePeriodView(query, { asOf: '2021-10-31', basis: 'TO_DATE' });
    expect(query.toString()).toBe('x=1&asOf=2021-10-31');
  });
});
