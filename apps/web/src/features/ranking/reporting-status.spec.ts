import { describe, expect, it } from 'vitest';
import type { ReportStatus } from '../../api/generated/graphql';
import type { ProvinceReportStatus } from './ranking.queries';
import { groupReportingStatus, reportDateInForce } from './reporting-status';

const plan = { reportDates: ['2021-09-15', '2021-09-30', '2021-10-15', '2021-10-31'] };

function status(code: string, value: ReportStatus, late = false): ProvinceReportStatus {
  return {
    province: { code, nameVi: code, nameEn: code, type: 'Tỉnh', region: 'Vùng', regionEn: 'Region' },
    status: value,
    metricsReported: value === 'REPORTED' ? 7 : value === 'PARTIAL' ? 3 : 0,
    metricsExpected: 7,
    lastReportDate: value === 'NOT_REPORTED' ? null : '2021-10-31',
    submittedAt: value === 'NOT_REPORTED' ? null : '2021-11-01T08:00:00',
    late,
  };
}

describe('reportDateInForce', () => {
  it('is the latest report date on or before the as-of date', () => {
    expect(reportDateInForce(plan, '2021-10-31')).toBe('2021-10-31');
    expect(reportDateInForce(plan, '2021-10-20')).toBe('2021-10-15');
  });

  it('is undefined before the first report date', () => {
    expect(reportDateInForce(plan, '2021-09-10')).toBeUndefined();
  });
});

describe('groupReportingStatus', () => {
  it('lists each province to chase once: not reported, partial (late or not), and complete but late', () => {
    const groups = groupReportingStatus({
      provinces: [
        status('02', 'NOT_REPORTED'),
        status('04', 'PARTIAL', true),
        status('06', 'PARTIAL'),
        status('01', 'REPORTED', true),
        status('08', 'REPORTED'),
      ],
    });
    expect(groups.notReported.map((p) => p.province.code)).toEqual(['02']);
    expect(groups.partial.map((p) => p.province.code)).toEqual(['04', '06']);
    expect(groups.lateComplete.map((p) => p.province.code)).toEqual(['01']);
    expect(groups.lateCount).toBe(2);
  });
});
