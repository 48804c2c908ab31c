// XLSX for people who go on working in Excel: real numbers and dates in the cells (never text), number formats
// that Excel shows with the reader's own separators (1.234.567 and 52,3% on a Vietnamese Windows), title rows that
// say what, as of when and from where, the header row bold and frozen with a filter on it, and sensible widths.
// exceljs is loaded only when someone exports: it is as large as the rest of the app together.
import type { Workbook, Worksheet } from 'exceljs';
import { textExport } from '../i18n/vi-export';
import { sheetNameOf, type ColumnKind, type ExportColumn, type ExportRow, type ExportTable } from './export-table';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type ExcelJs = typeof import('exceljs');

/** The formats a kind of column is shown in; Excel replaces ',' and '.' with the reader's locale separators. */
export function numberFormatOf(column: Pick<ExportColumn, 'kind' | 'fractionDigits'>): string | undefined {
  switch (column.kind) {
    case 'integer':
    case 'amount':
      return '#,##0';
    case 'decimal':
      return '#,##0.0';
    case 'percent': {
      const digits = column.fractionDigits ?? 1;
      return digits > 0 ? `0.${'0'.repeat(digits)}%` : '0%';
    }
    case 'date':
      return 'dd/mm/yyyy';
    case 'text':
      return undefined;
  }
}

const TITLE_FONT = { bold: true, size: 14 };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F6' } } as const;
const TOTAL_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF7F9FB' } } as const;
const SYNTHETIC_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF4CE' } } as const;
const THIN = { style: 'thin', color: { argb: 'FF9AA8B6' } } as const;

/** A workbook with one sheet per table, as the bytes of an .xlsx file. */
export async function toXlsxBuffer(tables: readonly ExportTable[]): Promise<ArrayBuffer> {
  const workbook = await buildWorkbook(tables);
  return workbook.xlsx.writeBuffer();
}

export async function toXlsxBlob(tables: readonly ExportTable[]): Promise<Blob> {
  return new Blob([await toXlsxBuffer(tables)], { type: XLSX_MIME });
}

export async function buildWorkbook(tables: readonly ExportTable[]): Promise<Workbook> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'BHXH Scorecard';
  const names = new Set<string>();
  for (const table of tables) {
    let name = sheetNameOf(table.sheetName);
    for (let n = 2; names.has(name.toLowerCase()); n += 1) name = sheetNameOf(`${table.sheetName.slice(0, 27)} (${n})`);
    names.add(name.toLowerCase());
    writeSheet(workbook.addWorksheet(name), table);
  }
  return workbook;
}

async function loadExcelJs(): Promise<ExcelJs> {
  const module = await import('exceljs');
  // The browser build of exceljs is a CommonJS bundle: the bundler hands it over as the default export.
  return (module as ExcelJs & { default?: ExcelJs }).default ?? module;
}

function writeSheet(sheet: Worksheet, table: ExportTable): void {
  const columns = table.columns;
  const before = table.totals?.placement === 'before' ? table.totals.rows : [];
  const after = table.totals?.placement === 'after' ? table.totals.rows : [];
  const widths = columns.map((column, i) => columnWidth(column, [...before, ...table.rows, ...after], i));

  sheet.addRow([table.title]).font = TITLE_FONT;
  if (table.plan !== null) sheet.addRow([table.plan]);
  // The date is a real date cell; its format carries the label, so a narrow first column does not cut it off.
  const asOf = sheet.addRow([isoToDate(table.asOf) ?? table.asOf]).getCell(1);
  asOf.numFmt = `"${textExport.sheet.asOf} "dd/mm/yyyy`;
  asOf.alignment = { horizontal: 'left' };
  asOf.font = { bold: true };
  sheet.addRow([table.source]);
  if (table.synthetic) {
    const mark = sheet.addRow([textExport.sheet.syntheticMark]).getCell(1);
    mark.font = { bold: true, color: { argb: 'FFB02525' } };
    mark.fill = SYNTHETIC_FILL;
  }
  sheet.addRow([]);

  if (columns.some((column) => column.group)) writeGroupRow(sheet, columns);
  const header = sheet.addRow(columns.map((column) => column.header));
  const headerRow = header.number;
  header.font = { bold: true };
  header.height = 15 * headerLines(columns, widths);
  header.eachCell((cell, i) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: THIN, top: THIN };
    cell.alignment = {
      wrapText: true,
      vertical: 'bottom',
      horizontal: columns[i - 1]?.kind === 'text' ? 'left' : 'right',
    };
  });

  for (const row of before) writeRow(sheet, columns, row, true);
  for (const row of table.rows) writeRow(sheet, columns, row, false);
  const lastBody = sheet.rowCount;
  if (after.length > 0) {
    sheet.addRow([]);
    for (const row of after) writeRow(sheet, columns, row, true);
  }
  if (table.notes && table.notes.length > 0) {
    sheet.addRow([]);
    for (const note of table.notes) sheet.addRow([note]).getCell(1).font = { italic: true };
  }

  sheet.views = [{ state: 'frozen', xSplit: table.frozenColumns ?? 0, ySplit: headerRow + before.length }];
  // A filter's sort moves every row under the header: with the national row first it would sort it among the
  // provinces, so such a sheet goes without.
  if (before.length === 0) {
    sheet.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: lastBody, column: Math.max(columns.length, 1) },
    };
  }
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow - (columns.some((c) => c.group) ? 1 : 0)}:${headerRow}`,
  };
}

/** The metric blocks of the consolidated report: one merged cell over each run of columns of the same group. */
function writeGroupRow(sheet: Worksheet, columns: readonly ExportColumn[]): void {
  const row = sheet.addRow(columns.map((column) => column.group ?? null));
  row.font = { bold: true };
  row.height = 30;
  let start = 0;
  for (let i = 1; i <= columns.length; i += 1) {
    const group = columns[start]?.group;
    if (i < columns.length && columns[i]?.group === group) continue;
    if (group && i - 1 > start) sheet.mergeCells(row.number, start + 1, row.number, i);
    start = i;
  }
  for (let i = 1; i <= columns.length; i += 1) {
    const cell = row.getCell(i);
    cell.fill = HEADER_FILL;
    cell.border = { top: THIN, left: THIN, right: THIN };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
}

function writeRow(sheet: Worksheet, columns: readonly ExportColumn[], values: ExportRow, total: boolean): void {
  const row = sheet.addRow(columns.map((column, i) => cellValue(values[i] ?? null, column.kind)));
  columns.forEach((column, i) => {
    const format = numberFormatOf(column);
    const cell = row.getCell(i + 1);
    if (format) cell.numFmt = format;
    if (total) cell.fill = TOTAL_FILL;
  });
  if (total) row.font = { bold: true };
}

function cellValue(value: ExportRow[number], kind: ColumnKind): string | number | Date | null {
  if (value === null || typeof value === 'number')
    return typeof value === 'number' && !Number.isFinite(value) ? null : value;
  if (kind === 'date') return isoToDate(value) ?? value;
  return value;
}

/** "2021-10-31" → midnight UTC, which exceljs stores as the whole day number Excel expects. */
export function isoToDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 48;

/** Wide enough for the longest value as Excel shows it and for the header wrapped on at most three lines. */
function columnWidth(column: ExportColumn, rows: readonly ExportRow[], index: number): number {
  const longestWord = Math.max(...column.header.split(/\s+/).map((word) => word.length));
  let widest = Math.max(longestWord, Math.ceil(column.header.length / 3));
  for (const row of rows) widest = Math.max(widest, shownLength(row[index] ?? null, column));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
}

function shownLength(value: ExportRow[number], column: ExportColumn): number {
  if (value === null) return 0;
  if (typeof value === 'string') return column.kind === 'date' ? 10 : value.length;
  switch (column.kind) {
    case 'percent':
      return 6 + (column.fractionDigits ?? 1);
    case 'date':
      return 10;
    case 'text':
    case 'integer':
    case 'amount':
    case 'decimal': {
      const digits = String(Math.trunc(Math.abs(value))).length;
      return digits + Math.floor((digits - 1) / 3) + (column.kind === 'decimal' ? 2 : 0) + (value < 0 ? 1 : 0);
    }
  }
}

/** Excel does not fit a row to wrapped text it did not lay out itself: the header row gets its height. */
function headerLines(columns: readonly ExportColumn[], widths: readonly number[]): number {
  let lines = 1;
  columns.forEach((column, i) => {
    const room = Math.max((widths[i] ?? MIN_WIDTH) - 2, 1);
    lines = Math.max(lines, Math.ceil(column.header.length / room));
  });
  return Math.min(lines, 4);
}
