import { describe, expect, it } from 'vitest';
import type { Metric, Plan } from '../../api/fields';
import { attainmentRow, noTargetRow, notReportedRow } from './attainment-row.fixture';
import { toRankingExport } from './ranking-export';

const plan = {
  id: '2800-KH-BHXH-2021',
  title: 'Kế hoạch thu và phát triển người tham gia 04 tháng cuối năm 2021',
  issuingDocument: '2800/KH-BHXH',
  hasSyntheticActuals: true,
} as Plan;
const metric = { key: 'dev_voluntary_si', labelVi: 'Phát triển BHXH tự nguyện', unitVi: 'người' } as Metric;

describe('toRankingExport', () => {
  const table = toRankingExport({
    plan,
    metric,
    asOf: '2021-10-31',
    basis: 'TO_DATE',
    synthetic: true,
    rows: [
      noTargetRow('96', 'Cà Mau'),
      attainmentRow({ code: '79', name: 'TP Hồ Chí Minh', rank: 2, onTrack: false, rankChange: -1 }),
      notReportedRow('12', 'Lai Châu'),
      attainmentRow({ code: '01', name: 'Hà Nội', rank: 1, onTrack: true, attainmentToDate: 1.05 }),
    ],
  });

  it('lists the rows as the table does: ranked by rank, then not reported, then without a target', () => {
    expect(table.rows.map((row) => row[2])).toEqual(['01', '79', '12', '96']);
  });

  it('writes the figures raw, the status in words and a missing figure as null', () => {
    const [first, second, notReported] = table.rows;
    expect(first).toEqual([
      1,
      0,
      '01',
      'Hà Nội',
      'Vùng thử',
      1000,
      500,
      400,
      1.05,
      0.4,
      'Đạt',
      9.8,
      0.8,
      '2021-10-31',
      null,
    ]);
    expect(second![1]).toBe(-1);
    expect(second![10]).toBe('Chậm');
    expect(notReported!.slice(0, 2)).toEqual([null, null]);
    expect(notReported![7]).toBeNull();
    expect(notReported![10]).toBe('Chưa báo cáo');
  });

  it('names the metric, its unit, the plan, the source and the basis', () => {
    expect(table.fileStem).toBe('xep-hang_dev_voluntary_si');
    expect(table.title).toBe('Xếp hạng tỉnh: Phát triển BHXH tự nguyện');
    expect(table.columns[5]).toEqual({ header: 'Chỉ tiêu kỳ (người)', kind: 'integer' });
    expect(table.columns.map((column) => column.kind)).toContain('date');
    expect(table.source).toBe('Nguồn: BHXH Scorecard, kế hoạch 2800/KH-BHXH, báo cáo đã duyệt đến 31/10/2021');
    expect(table.notes).toEqual(['Xếp hạng theo: Đạt so với chỉ tiêu đến ngày.']);
    expect(table.columns).toHaveLength(table.rows[0]!.length);
  });
});
