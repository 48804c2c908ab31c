// Small, readable plans, versions and findings for the tests.
import type { Metric } from '../../api/fields';
import type { PlanVersion, PlanWithVersions, ReconciliationFinding } from './plans.queries';

export function planVersion(version: number, fields: Partial<PlanVersion> = {}): PlanVersion {
  return {
    version,
    contentHash: `hash-${version}`,
    importedAt: '2026-11-22T03:07:16',
    importedBy: 'system:first-start',
    source: 'data/plans/2800-KH-BHXH-2021/appendix-01.txt',
    ...fields,
  };
}

export function plan(id: string, versions: number[], fields: Partial<PlanWithVersions> = {}): PlanWithVersions {
  return {
    id,
    title: 'Kế hoạch thu và phát triển người tham gia 04 tháng cuối năm 2021',
    issuingDocument: '2800/KH-BHXH',
    issuedOn: '2021-09-06',
    issuer: 'Bảo hiểm xã hội Việt Nam',
    periodStart: '2021-09-01',
    periodEnd: '2021-12-31',
    reportDates: ['2021-09-15', '2021-09-30'],
    latestReportDateWithData: null,
    hasSyntheticActuals: true,
    unitSet: 'VN63',
    synthetic: false,
    latestVersion: versions.at(-1) ?? null,
    versions: versions.map((v) => planVersion(v)),
    ...fields,
  };
}

export function metric(key: string, labelVi: string, unitVi = 'người'): Metric {
  return {
    key,
    labelVi,
    shortLabelVi: labelVi,
    labelEn: key,
    shortLabelEn: key,
    unit: 'persons',
    unitVi,
    higherIsBetter: true,
    appendix: '01',
  };
}

export const METRICS: Metric[] = [
  metric('dev_compulsory_si', 'Phát triển người tham gia BHXH bắt buộc'),
  metric('revenue', 'Chỉ tiêu thu (tổng số phải thu)', 'triệu đồng'),
  metric('outreach_conferences', 'Hội nghị khách hàng tiềm năng BHXH tự nguyện, BHYT', 'hội nghị'),
];

type FindingInput = Partial<Omit<ReconciliationFinding, 'province'>> & {
  province?: { code: string; nameVi: string } | null;
};

export function finding(fields: FindingInput = {}): ReconciliationFinding {
  return {
    metric: 'dev_compulsory_si',
    kind: 'ROW_MONTHS_VS_TOTAL',
    province: { code: '01', nameVi: 'Hà Nội' },
    publishedName: fields.province === null ? 'Toàn quốc' : (fields.province?.nameVi ?? 'Hà Nội'),
    month: null,
    published: 210739,
    computed: 210740,
    difference: -1,
    severity: 'ROUNDING',
    file: 'data/plans/2800-KH-BHXH-2021/appendix-01.txt',
    line: 8,
    ...fields,
  };
}
