import type { ImportProblem, ProblemFix, ProblemMessage, ProblemText } from '@scorecard/domain';
import { SOURCE_LIMITS, clipText, formatCount } from '../source-limits.ts';
import type { ActualImportProblem } from './actual-import.errors';

// What every format reader hands to the row checks: a table of named columns and numbered records whose cells
// keep what the file stores (text, a number, a typed date or date-time), so that each check can say exactly
// what it found. A reader reports what only it can see (an unreadable file, a malformed CSV line); everything
// about the content is checked once, in actual-row.validator.ts.
// Runs in the reader process: type-only imports, see ../worker/source-reader.worker.ts.

export type SourceCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; text: string }
  /** A typed calendar date (Parquet/Arrow DATE), YYYY-MM-DD. */
  | { kind: 'date'; date: string }
  /** A typed date and time (spreadsheet date cell, TIMESTAMP column) as Vietnam wall-clock YYYY-MM-DDTHH:MM:SS. */
  | { kind: 'datetime'; wallClock: string }
  /**
   * A typed value that is none of the above (a boolean, a list, an error cell, an out-of-range date); `reason` says
   * what it is ("a number too large"), `reasonVi` the same in Vietnamese, for the messages about the cell.
   */
  | { kind: 'invalid'; text: string; reason: string; reasonVi: string };

export type SourceRecord = {
  /** 1-based, as a user counts: CSV line, sheet row, or record index + 1. */
  row: number;
  /** One per column, in the order of `columns`. */
  cells: readonly SourceCell[];
};

export type SourceTable = {
  /** The file name as given; becomes ActualRow.file. */
  file: string;
  /** Where problems point: the file name, or "file › sheet" for a workbook. */
  label: string;
  /** Row of the header (CSV line, sheet row); null when the columns come from a schema (Parquet, Arrow). */
  headerRow: number | null;
  /** Column names as written in the file. */
  columns: readonly string[];
  /**
   * 1-based position of each column of `columns` in the file (CSV field, spreadsheet column); null when the
   * columns come from a schema (Parquet, Arrow).
   */
  columnNumbers: readonly number[] | null;
  records: readonly SourceRecord[];
  /** Data rows in the file, malformed ones included (those are reported by the reader and left out of records). */
  rowCount: number;
};

export type SourceReadResult = { tables: SourceTable[]; problems: ActualImportProblem[] };

export const EMPTY_CELL: SourceCell = { kind: 'empty' };

export function textCell(text: string): SourceCell {
  return text.trim() === '' ? EMPTY_CELL : { kind: 'text', text };
}

/** The cell as a user would see it, for the `value` of a problem. */
export function cellText(cell: SourceCell): string | null {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'text':
      return clipText(cell.text, SOURCE_LIMITS.maxCellEchoLength);
    case 'number':
      return cell.text;
    case 'date':
      return cell.date;
    case 'datetime':
      return cell.wallClock;
    case 'invalid':
      return clipText(cell.text, SOURCE_LIMITS.maxCellEchoLength);
  }
}

export type FileFormat = 'csv' | 'xlsx' | 'parquet' | 'arrow';

export const FORMAT_EXTENSIONS: Readonly<Record<FileFormat, readonly string[]>> = {
  csv: ['.csv', '.tsv', '.txt'],
  xlsx: ['.xlsx', '.xlsm'],
  parquet: ['.parquet', '.pq'],
  arrow: ['.arrow', '.arrows', '.ipc', '.feather'],
};

const FORMAT_NAMES: Readonly<Record<FileFormat, { en: string; vi: string }>> = {
  csv: { en: 'CSV text', vi: 'văn bản CSV' },
  xlsx: { en: 'a zip archive, as an Excel workbook is', vi: 'một tệp nén zip, như tệp Excel' },
  parquet: { en: 'a Parquet file', vi: 'một tệp Parquet' },
  arrow: { en: 'an Arrow IPC file', vi: 'một tệp Arrow IPC' },
};

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** The format the bytes look like, whatever the file is called; null when they look like none of ours. */
export function sniffFormat(bytes: Uint8Array): FileFormat | 'pdf' | 'xls' | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(bytes, ascii('PAR1'))) return 'parquet';
  if (startsWith(bytes, ascii('ARROW1')) || startsWith(bytes, [0xff, 0xff, 0xff, 0xff])) return 'arrow';
  if (startsWith(bytes, ascii('%PDF'))) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls';
  return null;
}

/** The fix for a file that cannot be read as `format`: rename it when its bytes are another format of ours. */
export function unreadableFix(bytes: Uint8Array, format: FileFormat, otherwise: ProblemFix): ProblemFix {
  const actual = sniffFormat(bytes);
  if (actual === 'pdf') {
    return {
      fix: 'The file is a PDF: export the figures as CSV or Excel (.xlsx) instead.',
      fixVi: 'Tệp này là tệp PDF: hãy xuất số liệu ra tệp CSV hoặc Excel (.xlsx).',
    };
  }
  if (actual === 'xls') {
    return {
      fix: 'The file is an old Excel workbook (.xls): open it in Excel and save it as .xlsx.',
      fixVi: 'Tệp này là tệp Excel cũ (.xls): mở bằng Excel và lưu lại thành .xlsx.',
    };
  }
  if (actual !== null && actual !== format) {
    const extension = FORMAT_EXTENSIONS[actual][0];
    return {
      fix: `The file is ${FORMAT_NAMES[actual].en}: name it ${extension}.`,
      fixVi: `Tệp này thực chất là ${FORMAT_NAMES[actual].vi}: đổi đuôi tên tệp thành ${extension}.`,
    };
  }
  return otherwise;
}

// The problems of a whole file that a reader makes, for actuals and plans alike. Readers run in the reader
// process, which cannot import fileProblem of @scorecard/domain (see ../worker/source-reader.worker.ts).

function wholeFileProblem<Kind extends string>(
  kind: Kind,
  file: string,
  value: string | null,
  text: ProblemText,
): ImportProblem<Kind> {
  return { kind, file, row: null, column: null, columnNumber: null, value, ...text };
}

/** A file that cannot be read at all. */
export function unreadable(file: string, message: ProblemMessage, fix: ProblemFix): ImportProblem<'UNREADABLE_FILE'> {
  return wholeFileProblem('UNREADABLE_FILE', file, null, { ...message, ...fix });
}

/** A file over one of SOURCE_LIMITS: one problem for the whole file, nothing of it is read further. */
export function overLimit<Kind extends 'FILE_TOO_LARGE' | 'TOO_MANY_ROWS' | 'TOO_MANY_COLUMNS'>(
  kind: Kind,
  file: string,
  value: string,
  text: ProblemText,
): ImportProblem<Kind> {
  return wholeFileProblem(kind, file, value, text);
}

/**
 * The problem of a file with more columns or rows than SOURCE_LIMITS allows (columns first: a file that wide is not
 * a report at all); null when it is within both. A count not known yet is not checked.
 */
export function sizeProblem(file: string, size: { rows?: number; columns?: number }): ActualImportProblem | null {
  const { maxRows, maxColumns } = SOURCE_LIMITS;
  if (size.columns !== undefined && size.columns > maxColumns) {
    const columns = formatCount(size.columns);
    return overLimit('TOO_MANY_COLUMNS', file, `${columns} columns`, {
      message: `the file has ${columns} columns; a report has five (at most ${maxColumns} are read)`,
      messageVi: `tệp có ${columns} cột; một báo cáo chỉ có năm cột (chỉ đọc tối đa ${maxColumns} cột)`,
      fix: 'Write only the columns province, metric, report_date, value and optionally submitted_at; check that the file is a report of actuals.',
      fixVi:
        'Chỉ ghi các cột province, metric, report_date, value và, nếu cần, submitted_at; kiểm tra xem tệp có đúng là báo cáo số liệu thực hiện không.',
    });
  }
  if (size.rows !== undefined && size.rows > maxRows) {
    const [rows, max] = [formatCount(size.rows), formatCount(maxRows)];
    return overLimit('TOO_MANY_ROWS', file, `${rows} rows`, {
      message: `the file has ${rows} rows of data; at most ${max} are read from one file`,
      messageVi: `tệp có ${rows} dòng số liệu; mỗi tệp chỉ đọc tối đa ${max} dòng`,
      fix: `Split the file into files of at most ${max} rows (by year or by report date) and import them one after the other.`,
      fixVi: `Tách thành các tệp không quá ${max} dòng (theo năm hoặc theo ngày báo cáo) rồi nhập lần lượt từng tệp.`,
    });
  }
  return null;
}
