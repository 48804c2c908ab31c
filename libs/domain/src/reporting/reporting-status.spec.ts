import { describe, expect, it } from 'vitest';
import { reportStatusOf } from './reporting-status';

const base = { provinceCode: '12', metricsExpected: 7, lastReportDate: '2021-10-15' };

describe('reportStatusOf', () => {
  it('tells reported, partial and not reported apart, and says since when', () => {
    expect(
      reportStatusOf('2021-10-31', { ...base, metricsReported: 7, firstSubmittedAt: '2021-10-31T16:00:00' }),
    ).toMatchObject({ status: 'REPORTED', late: false });
    expect(
      reportStatusOf('2021-10-31', { ...base, metricsReported: 3, firstSubmittedAt: '2021-10-31T16:00:00' }).status,
    ).toBe('PARTIAL');
    const silent = reportStatusOf('2021-10-31', { ...base, metricsReported: 0, firstSubmittedAt: null });
    expect(silent).toMatchObject({ status: 'NOT_REPORTED', late: false, lastReportDate: '2021-10-15' });
  });

  it('marks a report sent after the end of its report date as late', () => {
    expect(
      reportStatusOf('2021-10-31', { ...base, metricsReported: 7, firstSubmittedAt: '2021-10-31T23:59:59' }).late,
    ).toBe(false);
    expect(
      reportStatusOf('2021-10-31', { ...base, metricsReported: 7, firstSubmittedAt: '2021-11-01T08:00:00' }).late,
    ).toBe(true);
  });
});
