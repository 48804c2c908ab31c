import { describe, expect, it } from 'vitest';
import { plan as planFixture } from '../plans/plan.fixture';
import { resolveProvinceAsOf, resolveProvinceMetric, toProvinceSearch } from './province-params';

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
