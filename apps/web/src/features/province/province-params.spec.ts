import { describe, expect, it } from 'vitest';
import { plan as planFixture } from '../plans/plan.fixture';
import { resolveProvinceAsOf, resolveProvinceMetric, resolveProvinceView, toProvinceSearch } from './province-params';

// The shipped plan's period, with the latest date that has data.
const plan = planFixture('2800-KH-BHXH-2021', [1], {
  latestReportDateWithData: '2021-09-30',
  hasSyntheticActuals: false,
});

describe('resolveProvinceAsOf', () => {
  it('takes the date from the URL, else the latest report date with data', () => {
    expect(resolveProvinceAsOf('?asOf=2021-10-20', plan)).toEqual({ asOf: '2021-10-20', invalid: false });
    expect(resolveProvinceAsOf('', plan)).toEqual({ asOf: '2021-09-30', invalid: false });
  });

  it('says when the date in the URL is outside the plan period', () => {
    expect(resolveProvinceAsOf('?asOf=2022-03-01', plan)).toEqual({ asOf: '2021-09-30', invalid: true });
  });
});

describe('toProvinceSearch', () => {
  it('writes the date and keeps other parameters', () => {
    expect(toProvinceSearch('2021-10-31', '?x=1&asOf=2021-09-15')).toBe('?x=1&asOf=2021-10-31');
  });
});

describe('resolveProvinceMetric', () => {
  const metrics = [{ key: 'revenue' }, { key: 'dev_voluntary_si' }];

  it('reads the metric a link from the overview names', () => {
    expect(resolveProvinceMetric('?asOf=2021-11-15&metric=revenue', metrics)).toBe('revenue');
  });

  it('ignores a missing or unknown metric', () => {
    expect(resolveProvinceMetric('?asOf=2021-11-15', metrics)).toBeNull();
    expect(resolveProvinceMetric('?metric=khong-co', metrics)).toBeNull();
  });

  it('keeps the metric when the date changes', () => {
    expect(toProvinceSearch('2021-10-31', '?asOf=2021-09-15&metric=revenue')).toBe('?asOf=2021-10-31&metric=revenue');
  });
});

describe('resolveProvinceView', () => {
  const sample = planFixture('KH-2026-34-MAU', [1], {
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    unitSet: 'VN34',
    synthetic: true,
  });
  const plans = [plan, sample];

  it('shows the code as a province of the first plan’s own set by default', () => {
    expect(resolveProvinceView('?asOf=2021-10-20', plans)).toEqual({ plan, unitSet: 'VN63', invalid: [] });
  });

  it('shows the code as a unit of the 34 when asked, on the 2021 plan or on a plan given on the 34', () => {
    expect(resolveProvinceView('?units=34', plans)).toMatchObject({ plan, unitSet: 'VN34', invalid: [] });
    expect(resolveProvinceView('?plan=KH-2026-34-MAU', plans)).toMatchObject({ plan: sample, unitSet: 'VN34' });
  });

  it('names the plan and set it cannot use', () => {
    expect(resolveProvinceView('?plan=nope&units=63', plans).invalid).toEqual(['plan']);
    expect(resolveProvinceView('?plan=KH-2026-34-MAU&units=63', plans)).toMatchObject({
      unitSet: 'VN34',
      invalid: ['units'],
    });
  });
});
