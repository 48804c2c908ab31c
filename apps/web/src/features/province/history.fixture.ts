// A small, readable actual history for tests: four report dates, the third corrected once, the fourth not sent.
import type { ActualHistory, ActualRevision } from './province.queries';

export function revision(value: number, submittedAt: string, fields: Partial<ActualRevision> = {}): ActualRevision {
  return {
    value,
    submittedAt,
    source: 'form:Nguyễn Văn An',
    sourceRow: null,
    synthetic: false,
    superseded: false,
    state: 'APPROVED',
    submissionId: null,
    submittedBy: null,
    ...fields,
  };
}

export function actualHistory(): ActualHistory {
  return {
    planId: '2800-KH-BHXH-2021',
    province: { code: '01', nameVi: 'Hà Nội', nameEn: 'Ha Noi', type: 'Tỉnh', region: 'Vùng', regionEn: 'Region' },
    metric: 'dev_voluntary_si',
    target: 12000,
    points: [
      {
        reportDate: '2021-09-15',
        cumulativeTarget: 1500,
        actual: 1200,
        attainmentToDate: 0.8,
        revisions: [revision(1200, '2021-09-15T16:00:00')],
      },
      {
        reportDate: '2021-09-30',
        cumulativeTarget: 3000,
        actual: 2950,
        attainmentToDate: 2950 / 3000,
        revisions: [revision(2950, '2021-09-30T10:00:00')],
      },
      {
        reportDate: '2021-10-15',
        cumulativeTarget: 4500,
        actual: 4100,
        attainmentToDate: 4100 / 4500,
        revisions: [
          revision(4010, '2021-10-15T09:00:00', { superseded: true, source: 'bao-cao-10.csv row 3', sourceRow: 3 }),
          revision(4100, '2021-10-16T08:30:00'),
        ],
      },
      { reportDate: '2021-10-31', cumulativeTarget: 6000, actual: null, attainmentToDate: null, revisions: [] },
    ],
  };
}
