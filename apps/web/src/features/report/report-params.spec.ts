import { describe, expect, it } from 'vitest';
import { resolveReportParams, toReportSearch } from './report-params';

const plan = { reportDates: ['2021-09-15', '2021-09-30', '2021-10-15', '2021-10-31'] };
const provinces = [{ code: '01' }, { code: '79' }];

describe('resolveReportParams', () => {
  it('takes the province and report date from the URL', () => {
    expect(resolveReportParams('?province=79&date=2021-09-30', plan, provinces, '2021-10-20')).toEqual({
      params: { province: '79', reportDate: '2021-09-30' },
      invalid: [],
    });
  });

  it('starts with no province and the latest report date on or before today', () => {
    expect(resolveReportParams('', plan, provinces, '2021-10-20').params).toEqual({
      province: null,
      reportDate: '2021-10-15',
    });
    expect(resolveReportParams('', plan, provinces, '2026-01-01').params.reportDate).toBe('2021-10-31');
  });

  it('refuses a province code it does not know and a date that is not a report date', () => {
    const resolved = resolveReportParams('?province=1&date=2021-10-20', plan, provinces, '2021-10-20');
    expect(resolved.invalid).toEqual(['province', 'date']);
    expect(resolved.params).toEqual({ province: null, reportDate: '2021-10-15' });
  });
});

describe('toReportSearch', () => {
  it('writes the choices and drops an unchosen province', () => {
    expect(toReportSearch({ province: '01', reportDate: '2021-10-31' }, '')).toBe('?province=01&date=2021-10-31');
    expect(toReportSearch({ province: null, reportDate: '2021-10-31' }, '?province=01')).toBe('?date=2021-10-31');
  });
});
