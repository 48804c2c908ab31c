import ExcelJS from 'exceljs';
import type { ProblemText } from '@scorecard/domain';
import { SOURCE_LIMITS, formatBytes, formatCount } from '../source-limits.ts';
import { zipDirectory } from '../worker/zip-directory.ts';
import { overLimit, unreadable } from '../actuals/actual-source-table.ts';
import type { PlanImportProblem } from './plan-import.errors';
import type { SourceCell, SourceRow } from './plan-source-text';

// A workbook of appendix tables: one visible sheet per table, laid out as the published text (caption rows,
// header rows, the national row, province rows). A cell keeps the text the sheet shows (exceljs `cell.text`,
// which for a number is its digits: number formats are not applied) and, when the sheet stores a number,
// that number. A merged cell's value belongs to its first cell; the other cells of the merge read as empty,
// so a block title merged across its columns stands over the first of them.
// A workbook that unzips to more than SOURCE_LIMITS allows is refused before it is expanded, and a sheet of more
// rows or columns than a plan table can have before its cells are laid out.
// Runs in a reader process (../worker/source-reader.worker.ts): value imports name their .ts file.

export type WorkbookSheet = {
  /** "book.xlsx › Sheet name", used in every problem. */
  label: string;
  name: string;
  rows: SourceRow[];
  /** Columns left of the table, added back when reporting a column. */
  columnOffset: number;
};

export const SHEET_SEPARATOR = ' › ';

function sourceCell(cell: ExcelJS.Cell): SourceCell {
  if (cell.type === ExcelJS.ValueType.Merge) return { text: '', stored: null };
  const value = cell.value;
  let stored: number | null = null;
  if (typeof value === 'number') stored = value;
  else if (value !== null && typeof value === 'object' && 'result' in value && typeof value.result === 'number') {
    stored = value.result;
  }
  return { text: cell.text, stored };
}

/**
 * The problem of a workbook that says it unzips to more than SOURCE_LIMITS.maxUnzippedBytes, found from the zip's
 * directory before anything is inflated; null when within the limit or when the directory cannot be read (then
 * exceljs says why the file is no workbook).
 */
export function workbookSizeProblem(bytes: Uint8Array): ({ value: string } & ProblemText) | null {
  const directory = zipDirectory(bytes);
  if (!directory.ok || directory.unzippedBytes <= SOURCE_LIMITS.maxUnzippedBytes) return null;
  const finite = Number.isFinite(directory.unzippedBytes);
  const size = finite ? formatBytes(directory.unzippedBytes) : 'more than 4 GB';
  const sizeVi = finite ? size : 'hơn 4 GB';
  const limit = formatBytes(SOURCE_LIMITS.maxUnzippedBytes);
  return {
    value: `${formatBytes(bytes.length)} unzipping to ${size}`,
    message: `the workbook (${formatBytes(bytes.length)}) unzips to ${size}; at most ${limit} is read`,
    messageVi: `tệp Excel (${formatBytes(bytes.length)}) khi giải nén có dung lượng ${sizeVi}; chỉ đọc tối đa ${limit}`,
    fix: 'Check that the workbook is the right file: delete empty or formatted rows below the table and extra sheets, or split it into smaller workbooks, or give the figures as CSV.',
    fixVi:
      'Kiểm tra xem có đúng tệp cần nhập không: xóa các dòng trống hoặc chỉ có định dạng bên dưới bảng và các trang tính thừa, hoặc tách thành nhiều tệp Excel nhỏ hơn, hoặc gửi số liệu dưới dạng CSV.',
  };
}

function planLimitProblem(
  kind: 'FILE_TOO_LARGE' | 'TOO_MANY_ROWS' | 'TOO_MANY_COLUMNS',
  file: string,
  value: string,
  text: ProblemText,
): { sheets: WorkbookSheet[]; problems: PlanImportProblem[] } {
  return { sheets: [], problems: [overLimit(kind, file, value, text)] };
}

/**
 * A workbook that cannot be opened (here, or by the worker that reads it): one problem, no sheet. `reasonVi` is
 * the reason in Vietnamese when there is one; a library's own error text is given as it is in both languages.
 */
export function unreadableWorkbook(
  file: string,
  reason: string,
  reasonVi: string = reason,
): { sheets: WorkbookSheet[]; problems: PlanImportProblem[] } {
  const message = {
    message: `the file cannot be opened as an Excel workbook (.xlsx): ${reason}`,
    messageVi: `không mở được tệp dưới dạng tệp Excel (.xlsx): ${reasonVi}`,
  };
  const fix = {
    fix: 'Save the workbook again from Excel as "Excel Workbook (.xlsx)", with one appendix table per sheet; an old .xls must be saved as .xlsx.',
    fixVi:
      'Mở tệp bằng Excel và lưu lại dưới dạng "Excel Workbook (.xlsx)", mỗi trang tính một bảng phụ lục; tệp .xls cũ phải lưu lại thành .xlsx.',
  };
  return { sheets: [], problems: [unreadable(file, message, fix)] };
}

/** The visible, non-empty sheets of a workbook; a file exceljs cannot open is a problem, not an exception. */
export async function readWorkbookSheets(
  bytes: Uint8Array,
  file: string,
): Promise<{ sheets: WorkbookSheet[]; problems: PlanImportProblem[] }> {
  const tooLarge = workbookSizeProblem(bytes);
  if (tooLarge) {
    const { value, ...text } = tooLarge;
    return planLimitProblem('FILE_TOO_LARGE', file, value, text);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer as an ArrayBuffer; JSZip reads an ArrayBuffer as well.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    return unreadableWorkbook(file, error instanceof Error ? error.message : String(error));
  }

  const sheets: WorkbookSheet[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    const label = `${file}${SHEET_SEPARATOR}${sheet.name}`;
    if (sheet.actualRowCount > SOURCE_LIMITS.maxPlanSheetRows) {
      const [rows, max] = [formatCount(sheet.actualRowCount), formatCount(SOURCE_LIMITS.maxPlanSheetRows)];
      return planLimitProblem('TOO_MANY_ROWS', label, `${rows} rows`, {
        message: `the sheet has ${rows} rows; an appendix table has about 70 (at most ${max} are read)`,
        messageVi: `trang tính có ${rows} dòng; một bảng phụ lục chỉ có khoảng 70 dòng (chỉ đọc tối đa ${max} dòng)`,
        fix: 'Put one appendix table on the sheet, or hide or delete a sheet that holds no appendix table.',
        fixVi: 'Mỗi trang tính chỉ để một bảng phụ lục; ẩn hoặc xóa trang tính không chứa bảng phụ lục.',
      });
    }
    let firstColumn = Number.POSITIVE_INFINITY;
    let lastColumn = 0;
    const read = new Map<number, Map<number, SourceCell>>();
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        const source = sourceCell(cell);
        if (source.text.trim() === '' && source.stored === null) return;
        firstColumn = Math.min(firstColumn, columnNumber);
        lastColumn = Math.max(lastColumn, columnNumber);
        const cells = read.get(rowNumber) ?? new Map<number, SourceCell>();
        cells.set(columnNumber, source);
        read.set(rowNumber, cells);
      });
    });
    if (read.size === 0) continue;
    if (lastColumn - firstColumn + 1 > SOURCE_LIMITS.maxColumns) {
      const width = lastColumn - firstColumn + 1;
      return planLimitProblem('TOO_MANY_COLUMNS', label, `${formatCount(width)} columns`, {
        message: `the sheet's cells span ${formatCount(width)} columns; an appendix table has a few dozen (at most ${SOURCE_LIMITS.maxColumns} are read)`,
        messageVi: `các ô của trang tính trải trên ${formatCount(width)} cột; một bảng phụ lục chỉ có vài chục cột (chỉ đọc tối đa ${SOURCE_LIMITS.maxColumns} cột)`,
        fix: 'Clear cells outside the table, or hide or delete a sheet that holds no appendix table.',
        fixVi: 'Xóa nội dung các ô nằm ngoài bảng, hoặc ẩn hay xóa trang tính không chứa bảng phụ lục.',
      });
    }
    let lastRow = 0;
    for (const rowNumber of read.keys()) lastRow = Math.max(lastRow, rowNumber);
    if (lastRow > SOURCE_LIMITS.maxPlanSheetRows) {
      const [row, max] = [formatCount(lastRow), formatCount(SOURCE_LIMITS.maxPlanSheetRows)];
      return planLimitProblem('TOO_MANY_ROWS', label, `row ${row}`, {
        message: `the sheet's cells reach row ${row}; an appendix table has about 70 rows (at most ${max} are read)`,
        messageVi: `các ô của trang tính kéo dài đến dòng ${row}; một bảng phụ lục chỉ có khoảng 70 dòng (chỉ đọc tối đa ${max} dòng)`,
        fix: 'Clear cells below the table, or hide or delete a sheet that holds no appendix table.',
        fixVi: 'Xóa nội dung các ô bên dưới bảng, hoặc ẩn hay xóa trang tính không chứa bảng phụ lục.',
      });
    }
    const rows: SourceRow[] = [];
    for (let line = 1; line <= lastRow; line += 1) {
      const cells = read.get(line);
      const row: SourceCell[] = [];
      for (let column = firstColumn; column <= lastColumn; column += 1) {
        row.push(cells?.get(column) ?? { text: '', stored: null });
      }
      rows.push({ line, cells: row });
    }
    sheets.push({
      label,
      name: sheet.name,
      rows,
      columnOffset: firstColumn - 1,
    });
  }
  if (sheets.length === 0) {
    return {
      sheets,
      problems: [
        {
          kind: 'EMPTY_TABLE',
          file,
          row: null,
          column: null,
          columnNumber: null,
          value: null,
          message: 'the workbook has no visible sheet with content',
          messageVi: 'tệp Excel không có trang tính nào vừa đang hiện vừa có nội dung',
          fix: 'Put each appendix table on a visible sheet of the workbook.',
          fixVi: 'Đặt mỗi bảng phụ lục trên một trang tính đang hiện (không bị ẩn) của tệp Excel.',
        },
      ],
    };
  }
  return { sheets, problems: [] };
}

/** Sheets as they cross from the worker: the cells of all rows as one string and typed arrays. */
export type PackedSheets = {
  sheets: (Omit<WorkbookSheet, 'rows'> & { lines: number[]; width: number })[];
  texts: string;
  textLengths: Uint32Array;
  stored: Float64Array;
  /** 1 where a cell stores a number. */
  hasStored: Uint8Array;
};

export function packSheets(sheets: readonly WorkbookSheet[]): PackedSheets {
  const texts: string[] = [];
  const lengths: number[] = [];
  const stored: number[] = [];
  const hasStored: number[] = [];
  const packed = sheets.map(({ rows, ...sheet }) => {
    const width = rows[0]?.cells.length ?? 0;
    for (const row of rows) {
      for (let column = 0; column < width; column += 1) {
        const cell = row.cells[column] ?? { text: '', stored: null };
        texts.push(cell.text);
        lengths.push(cell.text.length);
        stored.push(cell.stored ?? 0);
        hasStored.push(cell.stored === null ? 0 : 1);
      }
    }
    return { ...sheet, lines: rows.map((row) => row.line), width };
  });
  return {
    sheets: packed,
    texts: texts.join(''),
    textLengths: Uint32Array.from(lengths),
    stored: Float64Array.from(stored),
    hasStored: Uint8Array.from(hasStored),
  };
}

export function unpackSheets(packed: PackedSheets): WorkbookSheet[] {
  let cell = 0;
  let offset = 0;
  return packed.sheets.map(({ lines, width, ...sheet }) => {
    const rows: SourceRow[] = lines.map((line) => {
      const cells: SourceCell[] = [];
      for (let column = 0; column < width; column += 1, cell += 1) {
        const length = packed.textLengths[cell] ?? 0;
        cells.push({
          text: packed.texts.slice(offset, offset + length),
          stored: packed.hasStored[cell] === 1 ? (packed.stored[cell] ?? null) : null,
        });
        offset += length;
      }
      return { line, cells };
    });
    return { ...sheet, rows };
  });
}
