// CSV as RFC 4180 describes it, for tools rather than eyes: one header row, comma separated, CRLF line ends, numbers
// raw (dot decimal, no grouping; a percent as its ratio), dates ISO, and a UTF-8 byte order mark so Excel reads the
// Vietnamese text as UTF-8. The title, plan and source are not rows here (they would break every CSV reader): the
// as-of date is in the file name.
import { flatHeader, type ColumnKind, type ExportTable, type ExportValue } from './export-table';

export const CSV_MIME = 'text/csv;charset=utf-8';
const BOM = '\uFEFF';
const LINE_END = '\r\n';

export function toCsv(table: Pick<ExportTable, 'columns' | 'rows'>): string {
  const header = table.columns.map((column) => csvField(flatHeader(column)));
  const body = table.rows.map((row) => table.columns.map((column, i) => csvCell(row[i] ?? null, column.kind)));
  return BOM + [header, ...body].map((fields) => fields.join(',')).join(LINE_END) + LINE_END;
}

export function toCsvBlob(table: Pick<ExportTable, 'columns' | 'rows'>): Blob {
  return new Blob([toCsv(table)], { type: CSV_MIME });
}

function csvCell(value: ExportValue, kind: ColumnKind): string {
  if (value === null) return '';
  if (typeof value === 'number') return plainNumber(value);
  return csvField(kind === 'text' ? defuseFormula(value) : value);
}

/** A field is quoted when it holds a comma, a quote or a line break; a quote inside is doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** 1234567.5 → "1234567.5", never "1.2345675e+6": every CSV reader parses a plain decimal. */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Object.is(value, -0)) return '0';
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 }).format(value);
}

/**
 * A text starting with = + - @ (or a tab or carriage return) would run as a formula when a spreadsheet opens the
 * file (an employer's name comes from imported data): it gets a leading apostrophe, as OWASP advises.
 */
function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
