// Small hand-worked answers of the API for the overview's tests: five provinces in three regions, two metrics.
import type { OverviewAttainment, OverviewCompositeRow, OverviewLatePaymentProvince } from './overview.queries';
import type { MatrixColumn, MatrixSettings } from './overview-matrix';

export const PROVINCES = [
  { code: '01', nameVi: 'Hà Nội', region: 'Bắc', regionEn: 'North' },
  { code: '02', nameVi: 'Hà Giang', region: 'Bắc', regionEn: 'North' },
  { code: '38', nameVi: 'Thanh Hóa', region: 'Trung', regionEn: 'Centre' },
  { code: '40', nameVi: 'Nghệ An', region: 'Trung', regionEn: 'Centre' },
  { code: '79', nameVi: 'Hồ Chí Minh', region: 'Nam', regionEn: 'South' },
];

export const SETTINGS: MatrixSettings = {
  onTrack: 1,
  atRisk: 0.9,
  latePaymentAtRisk: 1.1,
  latePaymentReference: 0.0291,
  compositeCap: 1.2,
  weights: { m1: 1, m2: 1, late_payment: 0 },
};

export const COLUMNS: MatrixColumn[] = [
  { key: 'm1', kind: 'metric', label: 'M1', title: 'Metric 1' },
  { key: 'm2', kind: 'metric', label: 'M2', title: 'Metric 2' },
  { key: 'late_payment', kind: 'latePayment', label: 'Chậm đóng', title: 'Chậm đóng' },
  { key: 'composite', kind: 'composite', label: 'Điểm tổng hợp', title: 'Điểm' },
];

type RowInput = { code: string; target: number | null; targetToDate: number | null; actual?: number | null };

/** A province's row on the TO_DATE basis (reference 1), reported unless actual is null or it has no target. */
export function attainment({ code, target, targetToDate, actual = null }: RowInput): OverviewAttainment {
  const province = PROVINCES.find((p) => p.code === code)!;
  const status = target === null ? 'NO_TARGET' : actual === null ? 'NOT_REPORTED' : 'REPORTED';
  const figure = status === 'REPORTED' && targetToDate ? (actual as number) / targetToDate : null;
  return {
    province,
    status,
    figure,
    reference: 1,
    ratioToReference: figure,
    band: figure === null ? null : figure >= 1 ? 'ON_TRACK' : figure >= 0.9 ? 'AT_RISK' : 'BEHIND',
    stale: false,
    reportDate: status === 'REPORTED' ? '2021-10-31' : null,
    rank: null,
    actual: status === 'REPORTED' ? actual : null,
    target,
    targetToDate,
    synthetic: false,
    unitCount: PROVINCES.length,
  };
}

// Metric 1. Bắc: (60 + 90) / (50 + 150) = 75 %. Trung: 150 / (100 + 100) = 75 %, Nghệ An has not reported but its
// target counts, as in the national figure. Nam: 75 / 50 = 150 %.
export const M1 = [
  attainment({ code: '01', target: 100, targetToDate: 50, actual: 60 }),
  attainment({ code: '02', target: 300, targetToDate: 150, actual: 90 }),
  attainment({ code: '38', target: 200, targetToDate: 100, actual: 150 }),
  attainment({ code: '40', target: 200, targetToDate: 100 }),
  attainment({ code: '79', target: 100, targetToDate: 50, actual: 75 }),
];

// Metric 2. Bắc: (5 + 10) / (5 + 5) = 150 %. Trung: 4 / (5 + 5) = 40 %. Nam: no target.
export const M2 = [
  attainment({ code: '01', target: 10, targetToDate: 5, actual: 5 }),
  attainment({ code: '02', target: 10, targetToDate: 5, actual: 10 }),
  attainment({ code: '38', target: 10, targetToDate: 5, actual: 4 }),
  attainment({ code: '40', target: 10, targetToDate: 5 }),
  attainment({ code: '79', target: null, targetToDate: null }),
];

// Late payment, banded by the server against a 2,91 % reference. Bắc: (3 + 1) / (100 + 100) = 2 %. Trung: (5 + 1) / (100 + 100) = 3 %. Nam: 2 / 100 = 2 %.
export const LATE: OverviewLatePaymentProvince[] = [
  { province: { code: '01' }, ratio: 0.03, band: 'AT_RISK', rank: 4, overdue: 3, receivable: 100 },
  { province: { code: '02' }, ratio: 0.01, band: 'ON_TRACK', rank: 1, overdue: 1, receivable: 100 },
  { province: { code: '38' }, ratio: 0.05, band: 'BEHIND', rank: 5, overdue: 5, receivable: 100 },
  { province: { code: '40' }, ratio: 0.01, band: 'ON_TRACK', rank: 1, overdue: 1, receivable: 100 },
  { province: { code: '79' }, ratio: 0.02, band: 'ON_TRACK', rank: 3, overdue: 2, receivable: 100 },
];

export const COMPOSITE: OverviewCompositeRow[] = [
  { province: { code: '79' }, score: 1.2, rank: 1, band: 'ON_TRACK', missing: [], stale: [] },
  { province: { code: '01' }, score: 1.1, rank: 2, band: 'ON_TRACK', missing: [], stale: ['m2'] },
  { province: { code: '02' }, score: 0.8, rank: 3, band: 'BEHIND', missing: [], stale: [] },
  { province: { code: '38' }, score: 0.7, rank: 4, band: 'BEHIND', missing: [], stale: [] },
  { province: { code: '40' }, score: 0, rank: 5, band: 'BEHIND', missing: ['m1', 'm2'], stale: [] },
];
