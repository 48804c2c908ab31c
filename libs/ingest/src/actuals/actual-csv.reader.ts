import { CsvError, parse } from 'csv-parse/sync';
import { decodeText } from '../plan/plan-source-text.ts';
import { STRAY_LINE_BREAK, csvErrorReason, detectDelimiter, splitRecords } from '../text/csv-records.ts';
import type { ActualImportProblem } from './actual-import.errors';
import { SOURCE_LIMITS, clipText } from '../source-limits.ts';
import {
  sizeProblem,
  textCell,
  unreadable,
  unreadableFix,
  type SourceReadResult,
  type SourceRecord,
} from './actual-source-table.ts';

// A CSV file of actuals: UTF-8 (with or without BOM) or UTF-16 with a BOM; fields separated by ",", ";" (Excel
// in a Vietnamese or European locale) or a tab, whichever the header line uses most. Each record is parsed on
// its own so that one broken line is reported and the others are still checked. Line numbers are the file's
// (header = 1); blank lines and lines of empty fields (";;;;" as Excel leaves them) are skipped. A file of more
// rows or columns than SOURCE_LIMITS allows is refused before its lines are parsed.
// Runs in a reader process (../worker/source-reader.worker.ts): value imports name their .ts file.

/** A line without quotes or carriage returns splits on the delimiter exactly as csv-parse reads it, without its cost per call. */
function fieldsOf(raw: string, delimiter: string): string[][] {
  if (!raw.includes('"') && !raw.includes('\r')) return [raw.split(delimiter)];
  return parse(raw, { delimiter, relax_column_count: true });
}

export function readActualCsv(file: string, bytes: Uint8Array): SourceReadResult {
  const problems: ActualImportProblem[] = [];
  const decoded = decodeText(bytes, file);
  if ('problem' in decoded) {
    const { message, messageVi } = decoded.problem;
    const fix = {
      fix: 'Save the file as CSV UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)").',
      fixVi: 'Lưu tệp dưới dạng CSV UTF-8 (trong Excel: "CSV UTF-8 (Comma delimited)").',
    };
    return { tables: [], problems: [unreadable(file, { message, messageVi }, unreadableFix(bytes, 'csv', fix))] };
  }
  const delimiter = detectDelimiter(decoded.text, file);
  const delimiterName = delimiter === '\t' ? 'a tab' : `"${delimiter}"`;
  const delimiterNameVi = delimiter === '\t' ? 'dấu tab' : `dấu "${delimiter}"`;
  const lines = splitRecords(decoded.text, delimiter);
  const tooMany = sizeProblem(file, { rows: lines.length - 1, columns: headerWidth(lines[0]?.raw ?? '', delimiter) });
  if (tooMany) return { tables: [], problems: [tooMany] };
  const parsed: { line: number; fields: string[] }[] = [];
  for (const record of lines) {
    let fields: string[][] = [];
    let why = STRAY_LINE_BREAK;
    try {
      fields = fieldsOf(record.raw, delimiter);
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      why = csvErrorReason(error);
    }
    const [only] = fields;
    if (fields.length === 1 && only) {
      if (only.some((field) => field.trim() !== '')) parsed.push({ line: record.line, fields: only });
      continue;
    }
    problems.push({
      kind: 'MALFORMED_ROW',
      file,
      row: record.line,
      column: null,
      columnNumber: null,
      value: clipText(record.raw, SOURCE_LIMITS.maxCellEchoLength),
      message: `the line is not valid CSV (${why.reason})`,
      messageVi: `dòng không đúng định dạng CSV (${why.reasonVi})`,
      fix: `Put a field that contains ${delimiterName} or a quote between double quotes, and double each quote inside it ("").`,
      fixVi: `Đặt trường có chứa ${delimiterNameVi} hoặc dấu ngoặc kép vào giữa hai dấu ngoặc kép, và viết mỗi dấu ngoặc kép bên trong trường thành hai dấu ("").`,
    });
  }

  const [header, ...data] = parsed;
  if (!header) {
    if (problems.length === 0) {
      problems.push({
        kind: 'EMPTY_FILE',
        file,
        row: null,
        column: null,
        columnNumber: null,
        value: null,
        message: 'the file is empty',
        messageVi: 'tệp không có nội dung',
        fix: 'Give the file with its header line (province,metric,report_date,value,submitted_at) and one line per figure.',
        fixVi: 'Gửi tệp có dòng tiêu đề (province,metric,report_date,value,submitted_at) và mỗi số liệu một dòng.',
      });
    }
    return { tables: [], problems };
  }
  // Empty names after the last named column are what a spreadsheet leaves when it saves empty columns.
  let width = header.fields.length;
  while (width > 0 && (header.fields[width - 1] ?? '').trim() === '') width -= 1;
  const columns = header.fields.slice(0, width).map((name) => name.trim());

  const records: SourceRecord[] = [];
  for (const { line, fields } of data) {
    const extra = fields.slice(width).some((field) => field.trim() !== '');
    if (fields.length < width || extra) {
      problems.push({
        kind: 'MALFORMED_ROW',
        file,
        row: line,
        column: null,
        columnNumber: null,
        value: `${fields.length} cells`,
        message: `the line has ${fields.length} cells, the header has ${width}`,
        messageVi: `dòng có ${fields.length} ô, dòng tiêu đề có ${width} ô`,
        fix: `Give each line the cells of the header, separated by ${delimiterName}; quote a value that contains ${delimiterName}.`,
        fixVi: `Mỗi dòng phải có đủ các ô như dòng tiêu đề, phân cách bằng ${delimiterNameVi}; đặt giá trị có chứa ${delimiterNameVi} trong dấu ngoặc kép.`,
      });
      continue;
    }
    records.push({ row: line, cells: fields.slice(0, width).map(textCell) });
  }
  return {
    tables: [
      {
        file,
        label: file,
        headerRow: header.line,
        columns,
        columnNumbers: columns.map((_, index) => index + 1),
        records,
        rowCount: data.length,
      },
    ],
    problems,
  };
}

/** Cells of the header line; 0 when it is not valid CSV (then reported as a malformed line). */
function headerWidth(raw: string, delimiter: string): number {
  try {
    return fieldsOf(raw, delimiter)[0]?.length ?? 0;
  } catch {
    return 0;
  }
}
