import { isLateSubmission } from '../calendar/report-schedule';
import type { IsoDate } from '../calendar/iso-date';

// Who has reported for a report date (kỳ báo cáo): leadership asks it every report date.
export type ReportStatus = 'REPORTED' | 'PARTIAL' | 'NOT_REPORTED';

export type ProvinceSubmissions = {
  provinceCode: string;
  /** Metrics the province has a target on, so must report. */
  metricsExpected: number;
  /** Metrics with at least one submission dated exactly the report date. */
  metricsReported: number;
  /** First submission for the report date, if any. */
  firstSubmittedAt: string | null;
  /** Latest report date on or before this one with any submission ("since when"). */
  lastReportDate: IsoDate | null;
};

export type ProvinceReportStatus = ProvinceSubmissions & { status: ReportStatus; late: boolean };

export function reportStatusOf(reportDate: IsoDate, province: ProvinceSubmissions): ProvinceReportStatus {
  const status: ReportStatus =
    province.metricsReported === 0
      ? 'NOT_REPORTED'
      : province.metricsReported >= province.metricsExpected
        ? 'REPORTED'
        : 'PARTIAL';
  const late = province.firstSubmittedAt !== null && isLateSubmission(reportDate, province.firstSubmittedAt);
  return { ...province, status, late };
}
