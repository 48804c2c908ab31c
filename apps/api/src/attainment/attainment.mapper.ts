import { STATUS_BAND_LABELS_VI } from '@scorecard/domain';
import { ProvinceObject } from '../reference/dto/province.object';
import { PendingFigureObject, ProvinceAttainmentObject } from './dto/province-attainment.object';
import type { ActualInForce, ProvinceAttainmentRow } from './attainment.service';

export function toProvinceAttainmentObject(row: ProvinceAttainmentRow): ProvinceAttainmentObject {
  const source = row.actualSource;
  return Object.assign(new ProvinceAttainmentObject(), {
    province: ProvinceObject.from(row.province),
    metric: row.metric,
    asOf: row.asOf,
    target: row.target,
    targetToDate: row.targetToDate,
    actual: row.actual,
    reportDate: source?.reportDate ?? null,
    attainmentToDate: row.attainmentToDate,
    attainmentOfPeriod: row.attainmentOfPeriod,
    timeElapsed: row.timeElapsed,
    onTrack: row.onTrack,
    basis: row.basis,
    figure: row.figure,
    reference: row.reference,
    ratioToReference: row.ratioToReference,
    band: row.band,
    bandLabel: row.band === null ? null : STATUS_BAND_LABELS_VI[row.band],
    stale: row.stale,
    settingsVersion: row.settingsVersion,
    requiredPacePerDay: row.requiredPacePerDay,
    requiredPacePerMonth: row.requiredPacePerMonth,
    projectedAttainment: row.projectedAttainment,
    rank: row.rank,
    unitCount: row.unitCount,
    previousReportDate: row.previousReportDate,
    previousRank: row.previousRank,
    rankChange: row.rankChange,
    status: row.status,
    synthetic: source?.synthetic ?? false,
    source: source ? describeSource(source) : null,
    pending: row.pending
      ? Object.assign(new PendingFigureObject(), { ...row.pending, submissionId: String(row.pending.submissionId) })
      : null,
  });
}

/** Where the figure comes from: the report, or for a merged unit each predecessor's report, province by province. */
function describeSource(source: ActualInForce): string {
  const one = (report: ActualInForce) =>
    `${report.source}${report.sourceRow === null ? '' : ` row ${report.sourceRow}`} (submission ${report.submissionId}, ${report.submittedAt})`;
  if (!source.members) return one(source);
  if (source.members.length === 1) return one(source.members[0]!);
  return `sum of ${source.members.length} reports: ${source.members.map((member) => `${member.provinceCode}: ${one(member)}`).join('; ')}`;
}
