import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../api/fields';
import { toXlsxBuffer } from '../../export/to-xlsx';
import { attainmentRow, notReportedRow } from './attainment-row.fixture';
import { nationalTotal, toConsolidatedReport, type MetricRanking } from './consolidated-report';
import { metric } from '../plans/plan.fixture';

const plan: Plan = {
  id: '2800-KH-BHXH-2021',
  title: 'Kế hoạch thu và phát triển người tham gia 04 tháng cuối năm 2021',
  issuingDocument: '2800/KH-BHXH',
  issuedOn: '2021-09-06',
  periodStart: '2021-09-01',
  periodEnd: '2021-12-31',
  reportDates: ['2021-10-31'],
  latestReportDateWithData: '2021-10-31',
  hasSyntheticActuals: false,
  unitSet: 'VN63',
  synthetic: false,
};

// Three provinces given in rank order, as the ranking query sends them; two metrics.
const voluntary: MetricRanking = {
  metric: metric('dev_voluntary_si', 'Phát triển BHXH tự nguyện', 'người'),
  rows: [
    attainmentRow({ code: '79', name: 'TP Hồ Chí Minh', target: 2000, targetToDate: 1000, actual: 900, rank: 1 }),
    attainmentRow({ code: '01', name: 'Hà Nội', target: 1000, targetToDate: 500, actual: 400, rank: 2 }),
    { ...notReportedRow('12', 'Lai Châu'), target: 500, targetToDate: 250 },
  ],
  national: { publishedTarget: 3600, publishedTargetDiffers: true },
};
const revenue: MetricRanking = {
  metric: metric('revenue', 'Thu BHXH, BHYT, BHTN', 'triệu đồng'),
  rows: [
    attainmentRow({ code: '01', name: 'Hà Nội', target: 10_000, targetToDate: 5_000, actual: 6_000, rank: 1 }),
    attainmentRow({ code: '12', name: 'Lai Châu', target: 200, targetToDate: 100, actual: 50, rank: 2 }),
    // No target for this metric: left out of the national sums even though it reported.
    attainmentRow({ code: '79', name: 'TP Hồ Chí Minh', target: null, targetToDate: null, actual: 70, rank: null }),
  ],
};

describe('nationalTotal', () => {
  it('sums the targets and the reported actuals, and divides the sums', () => {
    expect(nationalTotal(voluntary.rows)).toEqual({
      target: 3500,
      targetToDate: 1750,
      actual: 1300,
      attainmentOfPeriod: 1300 / 3500,
      attainmentToDate: 1300 / 1750,
    });
  });

  it('leaves out a province without a target', () => {
    const total = nationalTotal(revenue.rows);
    expect(total).toMatchObject({ target: 10_200, targetToDate: 5_100, actual: 6_050 });
    expect(total.attainmentOfPeriod).toBeCloseTo(6_050 / 10_200, 12);
    expect(total.attainmentToDate).toBeCloseTo(6_050 / 5_100, 12);
  });

  it('has no actual, rather than zero, when no province has reported', () => {
    expect(nationalTotal([notReportedRow('01', 'Hà Nội')])).toMatchObject({ actual: null, attainmentOfPeriod: null });
  });
});

describe('toConsolidatedReport', () => {
  const report = toConsolidatedReport({ plan, asOf: '2021-10-31', rankings: [voluntary, revenue] });

  it('lists the provinces in official code order with their region, numbered from 1', () => {
    expect(report.rows.map((row) => row.slice(0, 4))).toEqual([
      [1, '01', 'Hà Nội', 'Vùng thử'],
      [2, '12', 'Lai Châu', 'Vùng thử'],
      [3, '79', 'TP Hồ Chí Minh', 'Vùng thử'],
    ]);
  });

  it('has a block of target, actual, % of the period and % to date per metric', () => {
    expect(report.columns.slice(4).map((c) => `${c.group} | ${c.header} | ${c.kind}`)).toEqual([
      'Phát triển BHXH tự nguyện (người) | Kế hoạch | integer',
      'Phát triển BHXH tự nguyện (người) | Thực hiện | integer',
      'Phát triển BHXH tự nguyện (người) | % kế hoạch kỳ | percent',
      'Phát triển BHXH tự nguyện (người) | % so với chỉ tiêu đến ngày | percent',
      'Thu BHXH, BHYT, BHTN (triệu đồng) | Kế hoạch | integer',
      'Thu BHXH, BHYT, BHTN (triệu đồng) | Thực hiện | integer',
      'Thu BHXH, BHYT, BHTN (triệu đồng) | % kế hoạch kỳ | percent',
      'Thu BHXH, BHYT, BHTN (triệu đồng) | % so với chỉ tiêu đến ngày | percent',
    ]);
    // Hà Nội: the figures of each metric's row, under that metric's block.
    expect(report.rows[0]!.slice(4)).toEqual([1000, 400, 0.4, 0.8, 10_000, 6_000, 0.4, 0.8]);
    // Lai Châu has not reported on the first metric: blank, not zero.
    expect(report.rows[1]!.slice(4, 8)).toEqual([500, null, null, null]);
  });

  it('puts the national row first, with the sums and the ratios of the sums', () => {
    expect(report.totals?.placement).toBe('before');
    const national = report.totals!.rows[0]!;
    expect(national.slice(0, 4)).toEqual([null, null, 'Toàn quốc', null]);
    expect(national[4]).toBe(3500);
    expect(national[5]).toBe(1300);
    expect(national[6]).toBeCloseTo(0.371428571, 8);
    expect(national[7]).toBeCloseTo(0.742857143, 8);
    expect(national[8]).toBe(10_200);
    expect(national[9]).toBe(6_050);
    expect(national[10]).toBeCloseTo(0.593137255, 8);
    expect(national[11]).toBeCloseTo(1.18627451, 8);
  });

  it('says how the national row is computed, what a blank means and where the published total differs', () => {
    expect(report.notes).toEqual([
      expect.stringContaining('tổng thực hiện của các tỉnh'),
      expect.stringContaining('để trống'),
      'Phát triển BHXH tự nguyện: kế hoạch toàn quốc in trong văn bản là 3.600, tổng các tỉnh là 3.500.',
    ]);
  });

  it('calls the period column "% kế hoạch năm" for a plan of a calendar year', () => {
    const yearly = toConsolidatedReport({
      plan: { ...plan, periodStart: '2022-01-01', periodEnd: '2022-12-31' },
      asOf: '2022-06-30',
      rankings: [voluntary],
    });
    expect(yearly.columns[6]!.header).toBe('% kế hoạch năm');
  });

  it('is marked as sample data when any figure is', () => {
    expect(report.synthetic).toBe(false);
    const sample = { ...revenue, rows: revenue.rows.map((row) => ({ ...row, synthetic: true })) };
    expect(toConsolidatedReport({ plan, asOf: '2021-10-31', rankings: [sample] }).synthetic).toBe(true);
  });

  it('opens in Excel with the metric blocks headed, the national row first and real numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await toXlsxBuffer([report]));
    const sheet = workbook.worksheets[0]!;
    let header = 1;
    while (sheet.getRow(header).getCell(1).value !== 'TT') header += 1;
    expect(sheet.getRow(header - 1).getCell(5).value).toBe('Phát triển BHXH tự nguyện (người)');
    expect(sheet.getRow(header - 1).getCell(9).value).toBe('Thu BHXH, BHYT, BHTN (triệu đồng)');
    const national = sheet.getRow(header + 1);
    expect(national.getCell(3).value).toBe('Toàn quốc');
    expect(national.getCell(5).value).toBe(3500);
    expect(national.getCell(7).numFmt).toBe('0.0%');
    expect(sheet.getRow(header + 2).getCell(2).value).toBe('01');
    expect(sheet.getRow(header + 4).getCell(2).value).toBe('79');
    expect(typeof sheet.getRow(header + 4).getCell(5).value).toBe('number');
  });
});
