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
};
const metric = (key: string) => ({ key }) as Metric;
const metrics = [metric('dev_compulsory_si'), metric('revenue')];

describe('resolveRankingParams', () => {
  it('defaults to the first metric and the latest report date with data', () => {
    expect(resolveRankingParams('', plan, metrics)).toEqual({
      params: { metric: 'dev_compulsory_si', asOf: '2021-10-15', basis: 'TO_DATE' },
      invalid: [],
    });
  });

  it('takes metric, date and basis from the URL', () => {
    const { params } = resolveRankingParams('?metric=revenue&asOf=2021-11-20&basis=PERIOD', plan, metrics);
    expect(params).toEqual({ metric: 'revenue', asOf: '2021-11-20', basis: 'PERIOD' });
  });

  it('reports unusable parameters and falls back to the defaults', () => {
    const resolved = resolveRankingParams('?metric=nope&asOf=2022-01-01&basis=x', plan, metrics);
    expect(resolved.invalid).toEqual(['metric', 'asOf', 'basis']);
    expect(resolved.params).toEqual({ metric: 'dev_compulsory_si', asOf: '2021-10-15', basis: 'TO_DATE' });
  });
});

describe('toSearch', () => {
  it('writes metric and date, keeps other parameters and omits the default basis', () => {
    expect(toSearch({ metric: 'revenue', asOf: '2021-10-31', basis: 'TO_DATE' }, '?lang=vi&basis=PERIOD')).toBe(
      '?lang=vi&metric=revenue&asOf=2021-10-31',
    );
  });
});
