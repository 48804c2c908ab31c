// Who has not reported for the report date in force at the ranking's date: the pure part of the panel.
import { reportDateOnOrBefore } from '@scorecard/domain';
import type { Plan } from '../../api/fields';
import type { IsoDate } from '../../api/scalars';
import type { ProvinceReportStatus, ReportingStatus } from './ranking.queries';

/** The plan's report date in force at `asOf` (the latest on or before it); undefined before the first one. */
export function reportDateInForce(plan: Pick<Plan, 'reportDates'>, asOf: IsoDate): IsoDate | undefined {
  return reportDateOnOrBefore(plan.reportDates, asOf);
}

export type ReportingGroups = {
  notReported: ProvinceReportStatus[];
  partial: ProvinceReportStatus[];
  /** Reported every metric, but after the deadline. Late partial reports stay in `partial`. */
  lateComplete: ProvinceReportStatus[];
  lateCount: number;
};

/** Provinces to chase, each in one group, in the order the server sent them (by code within a status). */
export function groupReportingStatus(status: Pick<ReportingStatus, 'provinces'>): ReportingGroups {
  const groups: ReportingGroups = { notReported: [], partial: [], lateComplete: [], lateCount: 0 };
  for (const province of status.provinces) {
    if (province.late) groups.lateCount += 1;
    switch (province.status) {
      case 'NOT_REPORTED':
        groups.notReported.push(province);
        break;
      case 'PARTIAL':
        groups.partial.push(province);
        break;
      case 'REPORTED':
        if (province.late) groups.lateComplete.push(province);
        break;
    }
  }
  return groups;
}
