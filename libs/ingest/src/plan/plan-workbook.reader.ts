import ExcelJS from 'exceljs';
import type { PlanImportProblem } from './plan-import.errors';
import type { SourceCell, SourceRow } from './plan-source-text';

// A workbook of appendix tables: one visible sheet per table, laid out as the published text (caption rows,
// header rows, the national row, province rows). A cell keeps the text the sheet shows (exceljs `cell.text`,
// which for a number is its digits: number formats are not applied) and, when the sheet stores a number,
// that number. A merged cell's value belongs to its first cell; the other cells of the merge read as empty,
// so a block title merged across its columns stands over the first of them.

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

/** The visible, non-empty sheets of a workbook; a file exceljs cannot open is a problem, not an exception. */
export async function readWorkbookSheets(
  bytes: Uint8Array,
  file: string,
): Promise<{ sheets: WorkbookSheet[]; problems: PlanImportProblem[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer as an ArrayBuffer; JSZip reads an ArrayBuffer as well.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      sheets: [],
      problems: [
        {
          kind: 'UNREADABLE_FILE',
          file,
          line: null,
          column: null,
          value: null,
          message: `the file cannot be opened as an Excel workbook (.xlsx): ${reason}`,
          fix: 'Save the workbook again from Excel as "Excel Workbook (.xlsx)"; an old .xls must be saved as .xlsx.',
        },
      ],
    };
  }

  const sheets: WorkbookSheet[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
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
    const lastRow = Math.max(...read.keys());
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
      label: `${file}${SHEET_SEPARATOR}${sheet.name}`,
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
          line: null,
          column: null,
          value: null,
          message: 'the workbook has no visible sheet with content',
          fix: 'Put each appendix table on a visible sheet of the workbook.',
        },
      ],
    };
  }
  return { sheets, problems: [] };
}
