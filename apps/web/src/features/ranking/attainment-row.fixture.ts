// Small, readable test rows; only the fields a test cares about are given.
import type { ProvinceAttainment } from '../../api/fields';

type RowInput = Partial<Omit<ProvinceAttainment, 'province'>> & { code: string; name: string };

export function attainmentRow({ code, name, ...fields }: RowInput): ProvinceAttainment {
  const row: Omit<ProvinceAttainment, 'figure' | 'reference' | 'ratioToReference' | 'band' | 'bandLabel'> &
    Partial<ProvinceAttainment> = {
    province: { code, nameVi: name, nameEn: name, type: 'Tỉnh', region: 'Vùng thử', regionEn: 'Test region' },
    metric: 'dev_voluntary_si',
    asOf: '2021-10-31',
    target: 1000,
    targetToDate: 500,
    actual: 400,
    reportDate: '2021-10-31',
    attainmentToDate: 0.8,
    attainmentOfPeriod: 0.4,
    timeElapsed: 0.5,
    onTrack: false,
    requiredPacePerDay: 9.8,
    requiredPacePerMonth: 300,
    projectedAttainment: 0.8,
    rank: 1,
    unitCount: 63,
    status: 'REPORTED',
    synthetic: false,
    source: null,
    previousReportDate: '2021-10-15',
    previousRank: 1,
    rankChange: 0,
    pending: null,
    basis: 'TO_DATE' as const,
    stale: false,
    ...fields,
  };
  // The basis pair follows the figures given, as the API derives it, unless a test gives it.
  const figure =
    row.status !== 'REPORTED' ? null : row.basis === 'TO_DATE' ? row.attainmentToDate : row.attainmentOfPeriod;
  const reference = row.basis === 'TO_DATE' ? 1 : row.timeElapsed;
  const ratio = figure === null ? null : figure / reference;
  const band = ratio === null ? null : ratio >= 1 ? 'ON_TRACK' : ratio >= 0.9 ? 'AT_RISK' : 'BEHIND';
  const label = { ON_TRACK: 'Đạt', AT_RISK: 'Cần chú ý', BEHIND: 'Chậm' } as const;
  return {
    figure,
    reference,
    ratioToReference: ratio,
    band,
    bandLabel: band === null ? null : label[band],
    ...row,
  };
}

export function notReportedRow(code: string, name: string): ProvinceAttainment {
  return attainmentRow({
    code,
    name,
    status: 'NOT_REPORTED',
    rank: null,
    rankChange: null,
    actual: null,
    reportDate: null,
    attainmentToDate: null,
    attainmentOfPeriod: null,
    onTrack: null,
    requiredPacePerDay: null,
    requiredPacePerMonth: null,
    projectedAttainment: null,
  });
}

export function noTargetRow(code: string, name: string): ProvinceAttainment {
  return attainmentRow({
    code,
    name,
    status: 'NO_TARGET',
    rank: null,
    previousRank: null,
    rankChange: null,
    target: null,
    targetToDate: null,
    attainmentToDate: null,
    attainmentOfPeriod: null,
    onTrack: null,
    requiredPacePerDay: null,
    requiredPacePerMonth: null,
    projectedAttainment: null,
  });
}
