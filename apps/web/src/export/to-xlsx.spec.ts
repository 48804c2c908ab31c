import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportTable } from './export-table';
import { sampleTable } from './export.fixture';
import { toXlsxBuffer } from './to-xlsx';

/** Writes the table as an .xlsx file and opens it again, as Excel would. */
async function roundTrip(table: ExportTable): Promise<ExcelJS.Worksheet> {
  const buffer = await toXlsxBuffer([table]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  return sheet;
}

/** The row whose first cell is the header of the first column. */
function headerRowOf(sheet: ExcelJS.Worksheet, first: string): number {
  for (let n = 1; n <= sheet.rowCount; n += 1) if (sheet.getRow(n).getCell(1).value === first) return n;
  throw new Error(`no header row starting with ${first}`);
}

describe('toXlsxBuffer', () => {
  it('puts the title, the plan, the as-of date as a real date, the source and the sample-data mark on top', async () => {
    const sheet = await roundTrip(sampleTable());
    expect(sheet.getCell('A1').value).toBe('Xếp hạng tỉnh: Thu BHXH, BHYT, BHTN');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').value).toContain('2800/KH-BHXH');
    const asOf = sheet.getCell('A3');
    expect(asOf.value).toBeInstanceOf(Date);
    expect((asOf.value as Date).toISOString()).toBe('2021-10-31T00:00:00.000Z');
    expect(asOf.numFmt).toContain('dd/mm/yyyy');
    expect(sheet.getCell('A4').value).toBe(
      'Nguồn: BHXH Scorecard, kế hoạch 2800/KH-BHXH, báo cáo đã duyệt đến 31/10/2021',
    );
    expect(sheet.getCell('A5').value).toBe('Dữ liệu mẫu — không phải số liệu thật');
  });

  it('says nothing about sample data when the figures are real', async () => {
    const sheet = await roundTrip(sampleTable({ synthetic: false }));
    const texts = sheet.getColumn(1).values.filter((value) => typeof value === 'string');
    expect(texts.some((text) => /dữ liệu mẫu/i.test(text))).toBe(false);
  });

  it('writes numbers as numbers, dates as dates and a missing value as an empty cell', async () => {
    const sheet = await roundTrip(sampleTable());
    const header = headerRowOf(sheet, 'Hạng');
    const first = sheet.getRow(header + 1);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(2).value).toBe('01');
    expect(typeof first.getCell(4).value).toBe('number');
    expect(first.getCell(4).value).toBe(1234567890);
    expect(first.getCell(5).value).toBe(0.523);
    expect(typeof first.getCell(6).value).toBe('number');
    expect(first.getCell(7).value).toBeInstanceOf(Date);
    const third = sheet.getRow(header + 3);
    expect(third.getCell(3).value).toBe('Lai Châu, "miền núi"\nphía Bắc');
    expect(third.getCell(4).value).toBeNull();
  });

  it('has one row per table row under the header, and nothing after them', async () => {
    const sheet = await roundTrip(sampleTable());
    const header = headerRowOf(sheet, 'Hạng');
    expect(sheet.rowCount - header).toBe(3);
  });

  it('formats integers and amounts #,##0, percents 0.0%, decimals #,##0.0 and dates dd/mm/yyyy', async () => {
    const sheet = await roundTrip(sampleTable());
    const row = sheet.getRow(headerRowOf(sheet, 'Hạng') + 1);
    expect(row.getCell(1).numFmt).toBe('#,##0');
    expect(row.getCell(4).numFmt).toBe('#,##0');
    expect(row.getCell(5).numFmt).toBe('0.0%');
    expect(row.getCell(6).numFmt).toBe('#,##0.0');
    expect(row.getCell(7).numFmt).toBe('dd/mm/yyyy');
  });

  it('gives a percent column its own number of decimals', async () => {
    const sheet = await roundTrip(
      sampleTable({ columns: [{ header: 'Tỷ lệ chậm đóng', kind: 'percent', fractionDigits: 2 }], rows: [[0.0291]] }),
    );
    expect(sheet.getRow(headerRowOf(sheet, 'Tỷ lệ chậm đóng') + 1).getCell(1).numFmt).toBe('0.00%');
  });

  it('freezes the sheet at the bold header row, with a filter on it and a width for every column', async () => {
    const sheet = await roundTrip(sampleTable());
    const header = headerRowOf(sheet, 'Hạng');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(sheet.getRow(header).getCell(3).font?.bold).toBe(true);
    expect(sheet.autoFilter).toBe(`A${header}:G${header + 3}`);
    for (let i = 1; i <= 7; i += 1) expect(sheet.getColumn(i).width).toBeGreaterThanOrEqual(6);
    expect(sheet.getColumn(3).width).toBeGreaterThan(sheet.getColumn(1).width!);
  });

  it('names the sheet within Excel’s rules', async () => {
    const sheet = await roundTrip(sampleTable({ sheetName: 'Xếp hạng: Phát triển BHXH bắt buộc/tự nguyện' }));
    expect(Array.from(sheet.name).length).toBeLessThanOrEqual(31);
    expect(sheet.name).not.toMatch(/[[\]:*?/\\]/);
  });

  it('heads grouped columns together and keeps a national row first, frozen with the header', async () => {
    const table = sampleTable({
      columns: [
        { header: 'Tỉnh', kind: 'text' },
        { header: 'Kế hoạch', kind: 'integer', group: 'Thu' },
        { header: 'Thực hiện', kind: 'integer', group: 'Thu' },
      ],
      rows: [['Hà Nội', 10, 4]],
      totals: { placement: 'before', rows: [['Toàn quốc', 10, 4]] },
      frozenColumns: 1,
    });
    const sheet = await roundTrip(table);
    const header = headerRowOf(sheet, 'Tỉnh');
    expect(sheet.getRow(header - 1).getCell(2).value).toBe('Thu');
    expect(sheet.getCell(header - 1, 3).isMerged).toBe(true);
    expect(sheet.getRow(header + 1).getCell(1).value).toBe('Toàn quốc');
    expect(sheet.getRow(header + 1).getCell(2).font?.bold).toBe(true);
    expect(sheet.getRow(header + 2).getCell(1).value).toBe('Hà Nội');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: header + 1 });
  });
});
