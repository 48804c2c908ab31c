import { describe, expect, it } from 'vitest';
import type { Plan } from '../../api/fields';
import { resolveOverviewParams, toOverviewSearch } from './overview-params';

const plan = (id: string, start: string, end: string, latest: string | null): Plan => ({
  id,
  title: id,
  issuingDocument: id,
  issuedOn: start,
  periodStart: start,
  periodEnd: end,
  reportDates: [],
  latestReportDateWithData: latest,
  hasSyntheticActuals: false,
});
const plan2021 = plan('2800-KH-BHXH-2021', '2021-09-01', '2021-12-31', '2021-11-30');
const plan2022 = plan('KH-2022', '2022-01-01', '2022-12-31', '2022-06-30');
const CHOICES = ['revenue', 'late_payment', 'composite'];

describe('resolveOverviewParams', () => {
  it('defaults to the first plan, its latest date with data, the target to date and the composite on the map', () => {
    expect(resolveOverviewParams('', [plan2021, plan2022], CHOICES)).toEqual({
      plan: plan2021,
      params: { planId: '2800-KH-BHXH-2021', asOf: '2021-11-30', basis: 'TO_DATE', map: 'composite' },
      invalid: [],
    });
  });

  it('reads plan, date, basis and map from the URL, the date within the plan chosen', () => {
    const resolved = resolveOverviewParams(
      '?plan=KH-2022&asOf=2022-03-15&basis=PERIOD&map=revenue',
      [plan2021, plan2022],
      CHOICES,
    );
    expect(resolved.plan).toBe(plan2022);
    expect(resolved.params).toEqual({ planId: 'KH-2022', asOf: '2022-03-15', basis: 'PERIOD', map: 'revenue' });
  });

  it('names the unusable parameters and uses the defaults instead', () => {
    const resolved = resolveOverviewParams('?plan=x&asOf=2022-03-15&basis=y&map=z', [plan2021], CHOICES);
    expect(resolved.invalid).toEqual(['plan', 'asOf', 'basis', 'map']);
    expect(resolved.params).toEqual({
      planId: '2800-KH-BHXH-2021',
      asOf: '2021-11-30',
      basis: 'TO_DATE',
      map: 'composite',
    });
  });
});

describe('toOverviewSearch', () => {
  const params = { planId: 'KH-2022', asOf: '2022-03-15', basis: 'PERIOD', map: 'revenue' } as const;

  it('writes the plan only when there is more than one, and leaves the defaults out', () => {
    expect(toOverviewSearch(params, '', 2)).toBe('?plan=KH-2022&asOf=2022-03-15&basis=PERIOD&map=revenue');
    expect(toOverviewSearch({ ...params, basis: 'TO_DATE', map: 'composite' }, '?plan=KH-2022', 1)).toBe(
      '?asOf=2022-03-15',
    );
  });

  it('keeps other parameters', () => {
    expect(toOverviewSearch(params, '?x=1', 1)).toBe('?x=1&asOf=2022-03-15&basis=PERIOD&map=revenue');
  });
});
