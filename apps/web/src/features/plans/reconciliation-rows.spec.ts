import { describe, expect, it } from 'vitest';
import { METRICS, finding } from './plan.fixture';
import { groupBySeverity, monthLabel, toFindingRows } from './reconciliation-rows';

describe('toFindingRows', () => {
  const findings = [
    finding({ metric: 'revenue', line: 37, province: { code: '17', nameVi: 'Hoà Bình' }, publishedName: 'Hòa Bình' }),
    finding({ metric: 'dev_compulsory_si', line: 8 }),
    finding({
      metric: 'outreach_conferences',
      severity: 'ERROR',
      province: { code: '15', nameVi: 'Yên Bái' },
      published: 7515,
      computed: 367,
      difference: 7148,
      file: 'data/plans/2800-KH-BHXH-2021/appendix-05.txt',
      line: 74,
    }),
    finding({ metric: 'dev_compulsory_si', kind: 'PROVINCES_VS_NATIONAL', province: null, line: 7, month: '2021-10' }),
    finding({ metric: 'dev_compulsory_si', kind: 'PROVINCES_VS_NATIONAL', province: null, line: 7, month: null }),
    finding({
      metric: 'outreach_conferences',
      severity: 'ERROR',
      province: null,
      published: 52032,
      computed: 44885,
      difference: 7147,
      file: 'data/plans/2800-KH-BHXH-2021/appendix-05.txt',
      line: 7,
    }),
  ];
  const rows = toFindingRows(findings, METRICS);

  it('lists errors first, then rounding, each in catalogue order of the metric and file order', () => {
    expect(rows.map((r) => [r.severity, r.metricLabel.slice(0, 12), r.rowLabel, r.monthLabel])).toEqual([
      ['ERROR', 'Hội nghị khá', 'Toàn quốc', 'Tổng kỳ'],
      ['ERROR', 'Hội nghị khá', 'Yên Bái', 'Tổng kỳ'],
      ['ROUNDING', 'Phát triển n', 'Hà Nội', 'Tổng kỳ'],
      ['ROUNDING', 'Phát triển n', 'Toàn quốc', 'Tổng kỳ'],
      ['ROUNDING', 'Phát triển n', 'Toàn quốc', 'Tháng 10/2021'],
      ['ROUNDING', 'Chỉ tiêu thu', 'Hoà Bình', 'Tổng kỳ'],
    ]);
  });

  it('labels the kind of check in Vietnamese', () => {
    expect(rows[0]?.kindLabel).toBe('Các tháng so với tổng kỳ');
    expect(rows[3]?.kindLabel).toBe('Tổng các tỉnh so với dòng Toàn quốc');
  });

  it('keeps the name as printed only when it differs from the province name', () => {
    expect(rows.find((r) => r.rowLabel === 'Hoà Bình')?.printedName).toBe('Hòa Bình');
    expect(rows.find((r) => r.rowLabel === 'Hà Nội')?.printedName).toBeNull();
    expect(rows[0]?.printedName).toBeNull();
  });

  it('keeps published, computed and the signed difference as the API gives them', () => {
    expect(rows[1]).toMatchObject({ published: 7515, computed: 367, difference: 7148 });
    expect(rows[2]).toMatchObject({ published: 210739, computed: 210740, difference: -1 });
  });

  it('cites the source as file:line, with the full path kept', () => {
    expect(rows[1]?.source).toBe('appendix-05.txt:74');
    expect(rows[1]?.file).toBe('data/plans/2800-KH-BHXH-2021/appendix-05.txt');
  });

  it('gives every row its own key', () => {
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('shows a metric missing from the catalogue by its key rather than dropping it', () => {
    expect(toFindingRows([finding({ metric: 'new_metric' })], METRICS)[0]?.metricLabel).toBe('new_metric');
  });
});

describe('groupBySeverity', () => {
  it('splits errors from rounding differences', () => {
    const rows = toFindingRows([finding(), finding({ severity: 'ERROR', line: 9 }), finding({ line: 10 })], METRICS);
    const groups = groupBySeverity(rows);
    expect(groups.errors).toHaveLength(1);
    expect(groups.rounding).toHaveLength(2);
  });
});

describe('monthLabel', () => {
  it('names the period total and months as Vietnamese documents do', () => {
    expect(monthLabel(null)).toBe('Tổng kỳ');
    expect(monthLabel('2021-09')).toBe('Tháng 9/2021');
  });
});
