import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMS,
  hasCaseFilters,
  normaliseSearch,
  openArgument,
  resolveComplianceParams,
  toComplianceSearch,
  withoutCaseFilters,
  type ComplianceParams,
} from './compliance-params';

describe('the compliance page’s view in the URL', () => {
  it('opens on the funnel of the nation at the default date when the URL says nothing', () => {
    expect(resolveComplianceParams('')).toEqual({ params: DEFAULT_PARAMS, invalid: [] });
  });

  it('reads every choice back from the URL it wrote', () => {
    const params: ComplianceParams = {
      asOf: '2023-11-30',
      province: '01',
      tab: 'cases',
      overdueOnly: true,
      waitingFor: 'NOTICE_SENT',
      state: 'open',
      search: 'Trường Trung',
      reportDate: '2023-11-20',
      plan: '2800-KH-BHXH-2021',
      offerDate: '2021-12-31',
    };
    const search = toComplianceSearch(params);
    expect(search).toContain('tab=cases');
    expect(search).toContain('overdue=1');
    expect(search).toContain('waiting=NOTICE_SENT');
    expect(resolveComplianceParams(search)).toEqual({ params, invalid: [] });
  });

  it('leaves the defaults out of the address, and keeps parameters it does not own', () => {
    expect(toComplianceSearch(DEFAULT_PARAMS)).toBe('');
    expect(toComplianceSearch({ ...DEFAULT_PARAMS, tab: 'queue' }, '?x=1&tab=cases')).toBe('?x=1&tab=queue');
  });

  it('ignores and names what it cannot use: a bad date, a province name, an unknown tab, step or state', () => {
    const { params, invalid } = resolveComplianceParams(
      '?asOf=2023-02-30&province=Ha%20Noi&tab=map&waiting=LUNCH&state=closed&overdue=yes&reportDate=2023-12-15',
    );
    expect(params).toEqual(DEFAULT_PARAMS);
    expect(invalid.sort()).toEqual(['asOf', 'overdueOnly', 'province', 'reportDate', 'state', 'tab', 'waitingFor']);
  });

  it('accepts report 08-KT dates only on the 10th, the 20th and the last day of a month', () => {
    expect(resolveComplianceParams('?reportDate=2024-02-29').params.reportDate).toBe('2024-02-29');
    expect(resolveComplianceParams('?reportDate=2023-02-28').params.reportDate).toBe('2023-02-28');
    expect(resolveComplianceParams('?reportDate=2023-12-10').params.reportDate).toBe('2023-12-10');
    expect(resolveComplianceParams('?reportDate=2023-12-30').invalid).toEqual(['reportDate']);
  });

  it('trims a search and drops an empty one', () => {
    expect(normaliseSearch('  9900  ')).toBe('9900');
    expect(normaliseSearch('   ')).toBeNull();
    expect(normaliseSearch(null)).toBeNull();
    expect(normaliseSearch('x'.repeat(300))).toHaveLength(100);
  });

  it('clears the case filters and only them', () => {
    const filtered: ComplianceParams = {
      ...DEFAULT_PARAMS,
      asOf: '2023-12-31',
      tab: 'cases',
      overdueOnly: true,
      search: 'abc',
    };
    expect(hasCaseFilters(filtered)).toBe(true);
    const cleared = withoutCaseFilters(filtered);
    expect(hasCaseFilters(cleared)).toBe(false);
    expect(cleared).toMatchObject({ asOf: '2023-12-31', tab: 'cases' });
  });

  it('turns the state filter into the API’s open argument', () => {
    expect(openArgument('open')).toBe(true);
    expect(openArgument('ended')).toBe(false);
    expect(openArgument(null)).toBeNull();
  });
});
