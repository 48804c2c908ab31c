import { clipProblem } from '../problem-list.ts';
import { SOURCE_LIMITS } from '../source-limits.ts';
import type { ActualImportProblem } from './actual-import.errors';
import type { SourceCell, SourceReadResult, SourceRecord, SourceTable } from './actual-source-table';

// How a table read in a reader process crosses to the server. Cloning 200,000 records of cell objects costs
// the receiving thread about a second; the same table as typed arrays (copied as whole blocks) and one string of all
// texts costs it a few milliseconds, and the cells are rebuilt in slices between which other requests run.
// Only the first problems cross, with the count of all. Runs in the worker: value imports name their .ts file.

const KIND_CODES = { empty: 0, text: 1, number: 2, date: 3, datetime: 4, invalid: 5 } as const;

export type PackedTable = Omit<SourceTable, 'records'> & {
  width: number;
  /** Row number of each record. */
  rows: Int32Array;
  /** Per cell, row by row: the kind's code. */
  kinds: Uint8Array;
  /** Per cell: the number of a number cell. */
  numbers: Float64Array;
  /** Per cell: its text (text, number as written, date, wall clock, invalid), all joined. */
  texts: string;
  textLengths: Uint32Array;
  /** [cell index, reason, reason in Vietnamese] of the invalid cells. */
  reasons: [number, string, string][];
};

export type PackedReadResult = {
  tables: PackedTable[];
  /** The first SOURCE_LIMITS.maxProblems problems of the file, clipped. */
  problems: ActualImportProblem[];
  /** All problems of the file. */
  problemCount: number;
};

function textOf(cell: SourceCell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
    case 'number':
    case 'invalid':
      return cell.text;
    case 'date':
      return cell.date;
    case 'datetime':
      return cell.wallClock;
  }
}

export function packTable(table: SourceTable): PackedTable {
  const width = table.columns.length;
  const count = table.records.length;
  const rows = new Int32Array(count);
  const kinds = new Uint8Array(count * width);
  const numbers = new Float64Array(count * width);
  const textLengths = new Uint32Array(count * width);
  const texts: string[] = [];
  const reasons: [number, string, string][] = [];
  table.records.forEach((record, recordIndex) => {
    rows[recordIndex] = record.row;
    for (let column = 0; column < width; column += 1) {
      const index = recordIndex * width + column;
      const cell = record.cells[column] ?? { kind: 'empty' };
      kinds[index] = KIND_CODES[cell.kind];
      if (cell.kind === 'number') numbers[index] = cell.value;
      if (cell.kind === 'invalid') reasons.push([index, cell.reason, cell.reasonVi]);
      const text = textOf(cell);
      textLengths[index] = text.length;
      texts.push(text);
    }
  });
  const { file, label, headerRow, columns, columnNumbers, rowCount } = table;
  return {
    file,
    label,
    headerRow,
    columns,
    columnNumbers,
    rowCount,
    width,
    rows,
    kinds,
    numbers,
    texts: texts.join(''),
    textLengths,
    reasons,
  };
}

export function packReadResult(result: SourceReadResult): PackedReadResult {
  const tables = result.tables.map(packTable);
  const problems = result.problems.slice(0, SOURCE_LIMITS.maxProblems).map(clipProblem);
  return { tables, problems, problemCount: result.problems.length };
}

/** Records rebuilt this many at a time, letting other requests through in between. */
const SLICE = 5_000;

/** The reason of an invalid cell whose reason did not cross (never expected). */
const UNREADABLE_VALUE = { reason: 'an unreadable value', reasonVi: 'một giá trị không đọc được' };

export async function unpackTable(packed: PackedTable, pause: () => Promise<void>): Promise<SourceTable> {
  const { width, rows, kinds, numbers, texts, textLengths, reasons: reasonList } = packed;
  const reasons = new Map(reasonList.map(([index, reason, reasonVi]) => [index, { reason, reasonVi }]));
  const records: SourceRecord[] = [];
  let offset = 0;
  for (let recordIndex = 0; recordIndex < rows.length; recordIndex += 1) {
    if (recordIndex > 0 && recordIndex % SLICE === 0) await pause();
    const cells: SourceCell[] = [];
    for (let column = 0; column < width; column += 1) {
      const index = recordIndex * width + column;
      const length = textLengths[index] ?? 0;
      const text = texts.slice(offset, offset + length);
      offset += length;
      switch (kinds[index]) {
        case KIND_CODES.text:
          cells.push({ kind: 'text', text });
          break;
        case KIND_CODES.number:
          cells.push({ kind: 'number', value: numbers[index] ?? Number.NaN, text });
          break;
        case KIND_CODES.date:
          cells.push({ kind: 'date', date: text });
          break;
        case KIND_CODES.datetime:
          cells.push({ kind: 'datetime', wallClock: text });
          break;
        case KIND_CODES.invalid:
          cells.push({ kind: 'invalid', text, ...(reasons.get(index) ?? UNREADABLE_VALUE) });
          break;
        case KIND_CODES.empty:
        case undefined:
        default:
          cells.push({ kind: 'empty' });
      }
    }
    records.push({ row: rows[recordIndex] ?? 0, cells });
  }
  const { file, label, headerRow, columns, columnNumbers, rowCount } = packed;
  return { file, label, headerRow, columns, columnNumbers, records, rowCount };
}
