import { describe, expect, it } from 'vitest';
import { yearOnYear } from './late-payment-year-on-year';
import { toYearOnYearOption } from './to-year-on-year-option';

const references = [
  { label: 'Cả nước cuối năm 2022', labelEn: 'National, end of 2022', asOf: '2022-12-31', ratio: 0.0291 },
  { label: 'Cả nước 9 tháng năm 2023', labelEn: 'National, nine months of 2023', asOf: '2023-09-30', ratio: 0.0337 },
];

describe('toYearOnYearOption', () => {
  const data = yearOnYear([
    { month: '2022-01', asOf: '2022-01-31', receivable: 100, overdue: 30, ratio: 0.3 },
    { month: '2023-01', asOf: '2023-01-31', receivable: 100, overdue: 31, ratio: 0.31 },
    { month: '2023-02', asOf: '2023-02-28', receivable: 100, overdue: 16, ratio: null },
  ]);
  const option = toYearOnYearOption({ data, references }) as {
    xAxis: { data: string[] };
    series: {
      name: string;
      data: (number | string)[];
      markLine?: { data: { yAxis: number; label: { position: string } }[] };
    }[];
  };

  it('draws a line per year over the twelve months, a month without a ratio as a gap', () => {
    expect(option.xAxis.data).toEqual([
      'Th1',
      'Th2',
      'Th3',
      'Th4',
      'Th5',
      'Th6',
      'Th7',
      'Th8',
      'Th9',
      'Th10',
      'Th11',
      'Th12',
    ]);
    expect(option.series.map((s) => s.name)).toEqual(['Năm 2022', 'Năm 2023']);
    expect(option.series[1]!.data.slice(0, 3)).toEqual([0.31, '-', '-']);
  });

  it('marks the references once, on the latest year, their names at opposite ends so they do not collide', () => {
    expect(option.series[0]!.markLine).toBeUndefined();
    const lines = option.series[1]!.markLine!.data;
    expect(lines.map((line) => line.yAxis)).toEqual([0.0291, 0.0337]);
    expect(new Set(lines.map((line) => line.label.position)).size).toBe(2);
  });
});
