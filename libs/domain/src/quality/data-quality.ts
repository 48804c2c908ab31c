import type { IsoDate } from '../calendar/iso-date';

// Figures that are possible but suspicious: stored as sent, and listed for headquarters to check.
export type DataQualityKind = 'DECREASING_CUMULATIVE' | 'JUMP_ABOVE_QUOTA' | 'OFF_SCHEDULE_DATE';

/** A rise between two reports larger than this many period quotas is listed. */
export const JUMP_QUOTA_MULTIPLE = 3;

export type QualityCandidate = {
  reportDate: IsoDate;
  value: number;
  /** The value in force at the report date before this one (latest revision), if any. */
  previousValue: number | null;
  periodTotal: number | null;
  /** Whether the report date is one of the plan's report dates. */
  onSchedule: boolean;
};

export type QualityFinding = { kind: DataQualityKind; message: string };

export function dataQualityFindings(candidate: QualityCandidate): QualityFinding[] {
  const findings: QualityFinding[] = [];
  const { value, previousValue, periodTotal } = candidate;
  if (previousValue !== null && value < previousValue) {
    findings.push({
      kind: 'DECREASING_CUMULATIVE',
      message: `cumulative value ${value} is lower than ${previousValue} of the previous report; a cumulative figure should not go down`,
    });
  }
  const rise = value - (previousValue ?? 0);
  if (periodTotal !== null && periodTotal > 0 && rise > JUMP_QUOTA_MULTIPLE * periodTotal) {
    findings.push({
      kind: 'JUMP_ABOVE_QUOTA',
      message: `rise of ${rise} since the previous report is more than ${JUMP_QUOTA_MULTIPLE} times the period quota ${periodTotal}`,
    });
  }
  if (!candidate.onSchedule) {
    findings.push({
      kind: 'OFF_SCHEDULE_DATE',
      message: `${candidate.reportDate} is not one of the plan's report dates`,
    });
  }
  return findings;
}
