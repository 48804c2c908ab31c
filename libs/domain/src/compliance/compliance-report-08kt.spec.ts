import { describe, expect, it } from 'vitest';
import type { ComplianceCase } from './compliance-case';
import { is08ktReportDate, report08ktDateOnOrBefore, report08ktPeriod, report08ktRow } from './compliance-report-08kt';

describe('report 08-KT dates', () => {
  it('falls on the 10th, the 20th and the last day of each month, February included', () => {
    expect(['2021-10-10', '2021-10-20', '2021-10-31', '2024-02-29', '2023-02-28'].map(is08ktReportDate)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['2021-10-15', '2021-10-30', '2024-02-28'].map(is08ktReportDate)).toEqual([false, false, false]);
  });

  it('covers the days after the report date before it', () => {
    expect(report08ktPeriod('2021-10-10')).toEqual({ from: '2021-10-01', to: '2021-10-10' });
    expect(report08ktPeriod('2021-10-20')).toEqual({ from: '2021-10-11', to: '2021-10-20' });
    expect(report08ktPeriod('2021-10-31')).toEqual({ from: '2021-10-21', to: '2021-10-31' });
    expect(report08ktPeriod('2022-01-10')).toEqual({ from: '2022-01-01', to: '2022-01-10' });
    expect(() => report08ktPeriod('2021-10-15')).toThrow(RangeError);
    expect(report08ktDateOnOrBefore('2021-10-15')).toBe('2021-10-10');
    expect(report08ktDateOnOrBefore('2021-10-05')).toBe('2021-09-30');
  });
});

describe('a row of 08-KT', () => {
  const c = (
    taxCode: string,
    receivedOn: string,
    steps: ComplianceCase['steps'],
    outcome: ComplianceCase['outcome'] = null,
  ) =>
    ({
      taxCode,
      provinceCode: '01',
      listings: [{ kind: 'NOT_PARTICIPATING', receivedOn, workers: 6 }],
      steps,
      outcome,
    }) as ComplianceCase;
  const cases = [
    c('0100000001', '2021-09-06', [
      { kind: 'ENTERED', on: '2021-09-08', document: null },
      { kind: 'NOTICE_SENT', on: '2021-10-12', document: '1/TB' },
    ]),
    c(
      '0100000002',
      '2021-10-12',
      [
        { kind: 'ENTERED', on: '2021-10-13', document: null },
        { kind: 'NOTICE_SENT', on: '2021-10-14', document: '2/TB' },
      ],
      {
        kind: 'PARTLY_REGISTERED',
        on: '2021-10-19',
        workersRegistered: 4,
        contributionRecovered: 6_400_000,
        document: null,
      },
    ),
  ];

  it('counts the fortnight and the year to date apart', () => {
    const row = report08ktRow(cases, '2021-10-20');
    expect(row.period).toMatchObject({ employersListed: 1, workersListed: 6, noticesSent: 2, employersRegistered: 1 });
    expect(row.period).toMatchObject({ workersRegistered: 4, contributionRecovered: 6_400_000, conferencesHeld: 0 });
    expect(row.yearToDate).toMatchObject({ employersListed: 2, workersListed: 12, noticesSent: 2 });
    const before = report08ktRow(cases, '2021-10-10');
    expect(before.period.noticesSent).toBe(0);
    expect(before.yearToDate.employersListed).toBe(1);
    // Case 1 waits for its conference only from 23/10: nothing is overdue on 20/10.
    expect(row.overdue).toBe(0);
  });
});
