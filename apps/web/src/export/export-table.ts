// A table to export, described once and written as CSV or XLSX: what it is (title, plan, date, source, whether
// the figures are sample data) and its columns and rows as raw values. Pure: no formatting for the screen here;
// each writer decides how a kind of column looks.
import type { IsoDate } from '../api/scalars';

/**
 * How a column's values are written: `amount` is money in đồng (VND); `percent` is a ratio (0.523 = 52,3%);
 * `date` is an ISO date string (YYYY-MM-DD); `integer` and `decimal` are counts and quantities.
 */
export type ColumnKind = 'text' | 'integer' | 'amount' | 'percent' | 'decimal' | 'date';

/** A cell: a string (text, or an ISO date in a date column), a number, or null for a missing value. */
export type ExportValue = string | number | null;
export type ExportRow = readonly ExportValue[];

export type ExportColumn = {
  /** Vietnamese, as the column is headed on the page, with its unit where the page shows one nearby. */
  header: string;
  kind: ColumnKind;
  /** Columns with the same group are headed together above their own headers (the report's metric blocks). */
  group?: string;
  /** Decimals of a percent column (default 1): the late-payment ratio needs 2 so 2,91% and 3,37% stay apart. */
  fractionDigits?: number;
};

export type ExportTable = {
  /** What the file is named after, ASCII: "xep-hang_revenue" gives xep-hang_revenue_2021-10-31.xlsx. */
  fileStem: string;
  /** The worksheet's name; made safe for Excel when written (see sheetNameOf). */
  sheetName: string;
  title: string;
  /** The plan the figures are measured against; null where there is none (the contribution ledger). */
  plan: string | null;
  asOf: IsoDate;
  /** Where the figures come from: "Nguồn: BHXH Scorecard, kế hoạch 2800/KH-BHXH, báo cáo đã duyệt đến 31/10/2021". */
  source: string;
  /** The figures are the shipped sample data: the file says so. */
  synthetic: boolean;
  columns: readonly ExportColumn[];
  rows: readonly ExportRow[];
  /**
   * National or total rows, set in bold: before the body, as the agency's reports put "Toàn quốc", or after it.
   * CSV leaves them out: whoever sums a column of the file would count them twice.
   */
  totals?: { placement: 'before' | 'after'; rows: readonly ExportRow[] };
  /** Lines under the table: what a blank cell means, what the file holds. XLSX only. */
  notes?: readonly string[];
  /** Leading columns that stay in view when the sheet scrolls sideways (the province's name). */
  frozenColumns?: number;
};

export type ExportFormat = 'xlsx' | 'csv';

const SYNTHETIC_SUFFIX = 'du-lieu-mau';

/**
 * The file's name, ASCII only so that every mail client and file system keeps it: the stem, the as-of date and,
 * for sample data, "du-lieu-mau" (a CSV has no title rows to say so).
 */
export function exportFileName(table: Pick<ExportTable, 'fileStem' | 'asOf' | 'synthetic'>, format: ExportFormat) {
  const parts = [asciiSlug(table.fileStem), table.asOf, ...(table.synthetic ? [SYNTHETIC_SUFFIX] : [])];
  return `${parts.filter(Boolean).join('_')}.${format}`;
}

/** "Xếp hạng: Thu BHXH/BHYT" → "xep-hang-thu-bhxh-bhyt"; underscores (the file name's separators) are kept. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/-*_-*/g, '_')
    .replace(/^[-_]+|[-_]+$/g, '');
}

const SHEET_NAME_MAX = 31;

/** Excel refuses a sheet name longer than 31 characters, or with any of []:*?/\ in it, or starting with '. */
export function sheetNameOf(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  return Array.from(cleaned).slice(0, SHEET_NAME_MAX).join('').trim() || 'Sheet1';
}

/** The header a column gets when the file has one header row only: "Thu BHXH: Kế hoạch". */
export function flatHeader(column: ExportColumn): string {
  return column.group ? `${column.group}: ${column.header}` : column.header;
}
