import { STATUS_BAND_LABELS_VI } from '@scorecard/domain';
import { ProvinceObject } from '../reference/dto/province.object';
import { PendingFigureObject, ProvinceAttainmentObject } from './dto/province-attainment.object';
import type { ProvinceAttainmentRow } from './attainment.service';

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
    previousReportDate: row.previousReportDate,
    previousRank: row.previousRank,
    rankChange: row.rankChange,
    status: row.status,
    synthetic: source?.synthetic ?? false,
    source: source
      ? `${source.source}${source.sourceRow === null ? '' : ` row ${source.sourceRow}`} (submission ${source.submissionId}, ${source.submittedAt})`
      : null,
    pending: row.pending
      ? Object.assign(new PendingFigureObject(), { ...row.pending, submissionId: String(row.pending.submissionId) })
      : null,
  });
}
