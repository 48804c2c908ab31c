import ExcelJS from 'exceljs';
import { REPORT_08KT_COLUMNS, REPORT_08KT_HEADINGS, type Report08ktFigures } from '@scorecard/domain';
import type { Report08ktAnswer } from './compliance-report.service';

// Report 08-KT as a workbook in the form's manner: the agency's heading, the title and the report date, a header
// of two rows (each column's heading over "Kỳ này" and "Lũy kế từ đầu năm"), a row per province numbered as the
// form numbers them, and the national total (Toàn quốc) last in bold. Numbers are numbers, formatted vi-VN style by
// Excel's own locale; nothing is written as text that a reader would sum.

const vn = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

export async function report08ktWorkbook(report: Report08ktAnswer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'BHXH Scorecard';
  const sheet = workbook.addWorksheet('08-KT', { views: [{ state: 'frozen', xSplit: 2, ySplit: 6 }] });
  const width = 2 + REPORT_08KT_COLUMNS.length * 2 + 1;
  const lastColumn = sheet.getColumn(width).letter;
  sheet.getCell('A1').value = 'BẢO HIỂM XÃ HỘI VIỆT NAM';
  sheet.getCell(`${sheet.getColumn(width - 3).letter}1`).value = 'Mẫu số: 08-KT';
  sheet.mergeCells(`A2:${lastColumn}2`);
  sheet.getCell('A2').value =
    'BÁO CÁO KẾT QUẢ KHAI THÁC, PHÁT TRIỂN ĐỐI TƯỢNG THAM GIA BHXH, BHYT' + (report.synthetic ? ' (DỮ LIỆU MẪU)' : '');
  sheet.mergeCells(`A3:${lastColumn}3`);
  sheet.getCell('A3').value =
    `Kỳ báo cáo: ngày ${vn(report.reportDate)} (kỳ này từ ${vn(report.from)}; lũy kế từ ${vn(report.yearFrom)})`;
  for (const address of ['A2', 'A3']) sheet.getCell(address).alignment = { horizontal: 'center' };
  sheet.getCell('A2').font = { bold: true, size: 13 };

  const header = 5;
  sheet.mergeCells(header, 1, header + 1, 1);
  sheet.getCell(header, 1).value = 'STT';
  sheet.mergeCells(header, 2, header + 1, 2);
  sheet.getCell(header, 2).value = 'Đơn vị';
  REPORT_08KT_COLUMNS.forEach((key, index) => {
    const column = 3 + index * 2;
    sheet.mergeCells(header, column, header, column + 1);
    sheet.getCell(header, column).value = REPORT_08KT_HEADINGS[key].vi;
    sheet.getCell(header + 1, column).value = 'Kỳ này';
    sheet.getCell(header + 1, column + 1).value = 'Lũy kế từ đầu năm';
  });
  sheet.mergeCells(header, width, header + 1, width);
  sheet.getCell(header, width).value = 'Số hồ sơ quá hạn';
  for (const row of [header, header + 1]) {
    sheet.getRow(row).font = { bold: true };
    sheet.getRow(row).alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  }
  sheet.getRow(header).height = 60;

  const figures = (f: Report08ktFigures, y: Report08ktFigures) =>
    REPORT_08KT_COLUMNS.flatMap((key) => [f[key], y[key]]);
  report.rows.forEach((row, index) => {
    const national = row.province === null;
    const added = sheet.addRow([
      national ? '' : index + 1,
      national ? 'Toàn quốc' : `BHXH ${row.province!.nameVi}`,
      ...figures(row.period, row.yearToDate),
      row.overdue,
    ]);
    if (national) added.font = { bold: true };
  });
  sheet.getColumn(1).width = 5;
  sheet.getColumn(2).width = 28;
  for (let column = 3; column <= width; column += 1) {
    sheet.getColumn(column).width = 12;
    sheet.getColumn(column).numFmt = '#,##0';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
