import { describe, expect, it } from 'vitest';
import type { Metric, Plan } from '../../api/fields';
import { resolveRankingParams, toSearch } from './ranking-params';

const plan: Plan = {
  id: '2800-KH-BHXH-2021',
  title: 'Kế hoạch phát triển người tham gia',
  issuingDocument: '2800/KH-BHXH',
  issuedOn: '2021-09-06',
  periodStart: '2021-09-01',
  periodEnd: '2021-12-31',
  reportDates: ['2021-09-15', '2021-09-30', '2021-10-15', '2021-10-31'],
  latestReportDateWithData: '2021-10-15',
  hasSyntheticActuals: true,
  unitSet: 'VN63',
  synthetic: false,
};
const plan2026: Plan = {
  ...plan,
  id: 'KH-2026-34-MAU',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  reportDates: ['2026-11-30'],
  latestReportDateWithData: '2026-11-30',
  unitSet: 'VN34',
  synthetic: true,
};
const plans = [plan];
const metric = (key: string) => ({ key }) as Metric;
const metrics = [metric('dev_compulsory_si'), metric('revenue')];
const view = { planId: '2800-KH-BHXH-2021', unitSet: 'VN63' } as const;

describe('resolveRankingParams', () => {
  it('defaults to the first metric and the latest report date with data', () => {
    expect(resolveRankingParams('', plans, metrics)).toEqual({
      plan,
      params: { ...view, metric: 'dev_compulsory_si', asOf: '2021-10-15', basis: 'TO_DATE' },
      invalid: [],
    });
  });

  it('takes metric, date and basis from the URL', () => {
    const { params } = resolveRankingParams('?metric=revenue&asOf=2021-11-20&basis=PERIOD', plans, metrics);
    expect(params).toEqual({ ...view, metric: 'revenue', asOf: '2021-11-20', basis: 'PERIOD' });
  });

  it('reports unusable parameters and falls back to the defaults', () => {
    const resolved = resolveRankingParams('?plan=x&units=0&metric=nope&asOf=2022-01-01&basis=x', plans, metrics);
    expect(resolved.invalid).toEqual(['plan', 'units', 'metric', 'asOf', 'basis']);
    expect(resolved.params).toEqual({ ...view, metric: 'dev_compulsory_si', asOf: '2021-10-15', basis: 'TO_DATE' });
  });

  it('ranks the 63-unit plan on the 34 when asked, and a plan on the 34 only on the 34', () => {
    expect(resolveRankingParams('?units=34', [plan, plan2026], metrics).params.unitSet).toBe('VN34');
    const on34 = resolveRankingParams('?plan=KH-2026-34-MAU', [plan, plan2026], metrics);
    expect(on34.plan).toBe(plan2026);
    expect(on34.params).toMatchObject({ planId: 'KH-2026-34-MAU', unitSet: 'VN34', asOf: '2026-11-30' });
    const split = resolveRankingParams('?plan=KH-2026-34-MAU&units=63', [plan, plan2026], metrics);
    expect(split.params.unitSet).toBe('VN34');
    expect(split.invalid).toEqual(['units']);
  });
});

describe('toSearch', () => {
  it('writes metric and date, keeps other parameters and omits the default basis', () => {
    expect(
      toSearch({ ...view, metric: 'revenue', asOf: '2021-10-31', basis: 'TO_DATE' }, '?lang=vi&basis=PERIOD', plans),
    ).toBe('?lang=vi&metric=revenue&asOf=2021-10-31');
  });

  it('writes the plan when there is a choice, and the unit set when it is not the plan’s own', () => {
    const params = { ...view, unitSet: 'VN34', metric: 'revenue', asOf: '2021-10-31', basis: 'PERIOD' } as const;
    expect(toSearch(params, '', [plan, plan2026])).toBe(
      '?plan=2800-KH-BHXH-2021&units=34&metric=revenue&asOf=2021-10-31&basis=PERIOD',
    );
    const on34 = { ...params, planId: 'KH-2026-34-MAU', asOf: '2026-11-30' } as const;
    expect(toSearch(on34, '?units=34', [plan, plan2026])).toBe(
      '?plan=KH-2026-34-MAU&metric=revenue&asOf=2026-11-30&basis=PERIOD',
    );
  });
});
