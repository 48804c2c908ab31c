import { createRequire } from 'node:module';
import { SOURCE_LIMITS, type WorkerLimits } from '../source-limits';
import { runBoundedWorker } from '../worker/bounded-worker';
import {
  EMPTY_CELL,
  sizeProblem,
  sniffFormat,
  textCell,
  unreadable,
  unreadableFix,
  type SourceCell,
  type SourceReadResult,
} from './actual-source-table';
import { wallClockOfEpochMs } from './actual-value.parser';

// An Arrow IPC file of actuals, file format ("ARROW1") or stream format, read with apache-arrow's tableFromIPC.
// apache-arrow trusts the file's metadata: a damaged file can make it loop for minutes or allocate until the
// process dies (seen with a few flipped bytes in a footer). So the file is read in a reader process with its own
// memory limit and a time limit, and only plain values come back; a read that fails or runs out of time or
// memory is an unreadable file, never a stuck or crashed server (../worker/bounded-worker.ts). A file of more
// rows or columns than SOURCE_LIMITS allows is refused from its schema, before its values are read.

export type ArrowReadLimits = WorkerLimits;

export const ARROW_READ_LIMITS: ArrowReadLimits = SOURCE_LIMITS.worker;

type ColumnKind = 'text' | 'integer' | 'float' | 'decimal' | 'date' | 'timestamp' | 'instant' | 'other';
type WorkerValue = string | number | bigint | boolean | null;
type WorkerColumn = { name: string; kind: ColumnKind; values: WorkerValue[] };
type WorkerAnswer =
  | { ok: true; columns: WorkerColumn[]; numRows: number }
  /** `messageVi` when the worker's own check refused the file; an error of apache-arrow has its message only. */
  | { ok: false; message: string; messageVi?: string }
  | { ok: false; tooMany: 'rows' | 'columns'; count: number };

// CommonJS run by the reader process; apache-arrow is required by the path resolved here, wherever the code is
// bundled. The task comes as the first message; the one answer is sent before the process ends.
const WORKER_SOURCE = `
const send = (answer) => process.send(answer, () => process.exit(0));
let arrow;
let Type;
process.once('message', (task) => {
  try {
    read(task);
  } catch (error) {
    send({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
function kindOf(type) {
  switch (type.typeId) {
    case Type.Utf8: case Type.LargeUtf8: case Type.Utf8View: return 'text';
    case Type.Int: return 'integer';
    case Type.Float: return 'float';
    case Type.Decimal: return 'decimal';
    case Type.Date: return 'date';
    case Type.Timestamp: return type.timezone ? 'instant' : 'timestamp';
    case Type.Dictionary: return kindOf(type.dictionary);
    default: return 'other';
  }
}
function read(task) {
  arrow = require(task.arrowPath);
  Type = arrow.Type;
  const bytes = task.bytes;
  const table = arrow.tableFromIPC(bytes);
  if (table.numCols === 0) {
    send({ ok: false, message: 'the file holds no columns', messageVi: 'tệp không có cột nào' });
    return;
  }
  // Every column of a report takes at least a byte per record; more records than bytes is damaged metadata.
  if (table.numRows > bytes.length) {
    send({
      ok: false,
      message: 'the file claims ' + table.numRows + ' records in ' + bytes.length + ' bytes',
      messageVi: 'tệp ghi là có ' + table.numRows + ' bản ghi trong khi chỉ dài ' + bytes.length + ' byte',
    });
    return;
  }
  if (table.numCols > task.maxColumns) {
    send({ ok: false, tooMany: 'columns', count: table.numCols });
    return;
  }
  if (table.numRows > task.maxRows) {
    send({ ok: false, tooMany: 'rows', count: table.numRows });
    return;
  }
  const columns = table.schema.fields.map((field, index) => {
    const kind = kindOf(field.type);
    const vector = table.getChildAt(index);
    const values = [];
    for (let row = 0; row < table.numRows; row += 1) {
      const value = vector ? vector.get(row) : null;
      if (value === null || value === undefined) values.push(null);
      else if (kind === 'decimal') values.push(arrow.util.bigNumToString(value, field.type.scale));
      else if (['string', 'number', 'bigint', 'boolean'].includes(typeof value)) values.push(value);
      else values.push(String(value));
    }
    return { name: field.name, kind, values };
  });
  send({ ok: true, columns, numRows: table.numRows });
}
`;

const MS_PER_DAY = 86_400_000;

function cellOf(kind: ColumnKind, value: WorkerValue): SourceCell {
  if (value === null) return EMPTY_CELL;
  const text = String(value);
  switch (kind) {
    case 'text':
      return textCell(text);
    case 'integer':
    case 'float':
    case 'decimal': {
      const number = Number(value);
      if (typeof value === 'bigint' && !Number.isSafeInteger(number)) {
        return { kind: 'invalid', text, reason: 'a number too large', reasonVi: 'một số quá lớn' };
      }
      return Number.isFinite(number)
        ? { kind: 'number', value: number, text }
        : { kind: 'invalid', text, reason: 'a number that is not finite', reasonVi: 'một số không hữu hạn' };
    }
    case 'date': {
      const wallClock = wallClockOfEpochMs(Math.floor(Number(value) / MS_PER_DAY) * MS_PER_DAY, false);
      return wallClock
        ? { kind: 'date', date: wallClock.slice(0, 10) }
        : { kind: 'invalid', text, reason: 'a date out of range', reasonVi: 'một ngày nằm ngoài phạm vi đọc được' };
    }
    case 'timestamp':
    case 'instant': {
      const wallClock = wallClockOfEpochMs(Number(value), kind === 'instant');
      return wallClock
        ? { kind: 'datetime', wallClock }
        : {
            kind: 'invalid',
            text,
            reason: 'a time out of range',
            reasonVi: 'một thời điểm nằm ngoài phạm vi đọc được',
          };
    }
    case 'other':
      return typeof value === 'boolean'
        ? { kind: 'invalid', text, reason: 'true/false', reasonVi: 'giá trị đúng/sai (true/false)' }
        : {
            kind: 'invalid',
            text,
            reason: 'a value of another type (list, struct, binary, …)',
            reasonVi: 'một giá trị thuộc kiểu khác (danh sách, cấu trúc, nhị phân, …)',
          };
  }
}

export async function readActualArrow(
  file: string,
  bytes: Uint8Array,
  limits: ArrowReadLimits = ARROW_READ_LIMITS,
): Promise<SourceReadResult> {
  const fix = {
    fix: 'Write the file again as Arrow IPC (file or stream format), or give the figures as CSV or Parquet.',
    fixVi: 'Ghi lại tệp dưới dạng Arrow IPC (dạng tệp hoặc dạng luồng), hoặc gửi số liệu dưới dạng CSV hoặc Parquet.',
  };
  // An error of apache-arrow itself is given as it is in both languages.
  const refuse = (reason: string, reasonVi: string = reason): SourceReadResult => {
    const message = {
      message: `the file cannot be read as Arrow IPC: ${reason}`,
      messageVi: `không đọc được tệp dưới dạng Arrow IPC: ${reasonVi}`,
    };
    return { tables: [], problems: [unreadable(file, message, unreadableFix(bytes, 'arrow', fix))] };
  };
  if (sniffFormat(bytes) !== 'arrow') {
    return refuse(
      'it starts with neither "ARROW1" nor a stream message',
      'tệp không bắt đầu bằng "ARROW1" cũng không bắt đầu bằng một thông điệp dạng luồng (stream)',
    );
  }
  const arrowPath = createRequire(import.meta.url).resolve('apache-arrow');
  const { maxRows, maxColumns } = SOURCE_LIMITS;
  const outcome = await runBoundedWorker<WorkerAnswer>(
    { source: WORKER_SOURCE },
    { arrowPath, bytes, maxRows, maxColumns },
    limits,
  );
  if (outcome.kind === 'limit') return refuse(outcome.reason, outcome.reasonVi);
  const answer = outcome.answer;
  if (!answer.ok && 'tooMany' in answer)
    return { tables: [], problems: [sizeProblem(file, { [answer.tooMany]: answer.count })!] };
  if (!answer.ok) return refuse(answer.message, answer.messageVi);
  const columns = answer.columns.map((column) => column.name);
  const records = Array.from({ length: answer.numRows }, (_, index) => ({
    row: index + 1,
    cells: answer.columns.map((column) => cellOf(column.kind, column.values[index] ?? null)),
  }));
  const table = { file, label: file, headerRow: null, columns, columnNumbers: null, records, rowCount: records.length };
  return { tables: [table], problems: [] };
}
