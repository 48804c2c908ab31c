// A small table with one column of every kind, for the writers' tests.
import type { ExportTable } from './export-table';

export function sampleTable(overrides: Partial<ExportTable> = {}): ExportTable {
  return {
    fileStem: 'xep-hang_revenue',
    sheetName: 'Xếp hạng',
    title: 'Xếp hạng tỉnh: Thu BHXH, BHYT, BHTN',
    plan: 'Kế hoạch: 2800/KH-BHXH — Kế hoạch thu và phát triển người tham gia 04 tháng cuối năm 2021',
    asOf: '2021-10-31',
    source: 'Nguồn: BHXH Scorecard, kế hoạch 2800/KH-BHXH, báo cáo đã duyệt đến 31/10/2021',
    synthetic: true,
    columns: [
      { header: 'Hạng', kind: 'integer' },
      { header: 'Mã tỉnh', kind: 'text' },
      { header: 'Tỉnh/thành phố', kind: 'text' },
      { header: 'Phải thu (đồng)', kind: 'amount' },
      { header: 'Đạt so với kế hoạch kỳ', kind: 'percent' },
      { header: 'Cần thực hiện/ngày', kind: 'decimal' },
      { header: 'Ngày báo cáo', kind: 'date' },
    ],
    rows: [
      [1, '01', 'Hà Nội', 1234567890, 0.523, 12.5, '2021-10-31'],
      [2, '79', 'Thành phố Hồ Chí Minh', 987654321.5, 0.4999, 0.25, '2021-10-15'],
      [null, '12', 'Lai Châu, "miền núi"\nphía Bắc', null, null, null, null],
    ],
    ...overrides,
  };
}
