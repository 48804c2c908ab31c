import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import {
  EMPTY_CELL,
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
// process dies (seen with a few flipped bytes in a footer). So the file is read in a worker thread with its own
// memory limit and a time limit, and only plain values come back; a read that fails or runs out of time or
// memory is an unreadable file, never a stuck or crashed server.

export type ArrowReadLimits = { timeoutMs: number; maxMemoryMb: number };

export const ARROW_READ_LIMITS: ArrowReadLimits = { timeoutMs: 30_000, maxMemoryMb: 512 };

type ColumnKind = 'text' | 'integer' | 'float' | 'decimal' | 'date' | 'timestamp' | 'instant' | 'other';
type WorkerValue = string | number | bigint | boolean | null;
type WorkerColumn = { name: string; kind: ColumnKind; values: WorkerValue[] };
type WorkerAnswer = { ok: true; columns: WorkerColumn[]; numRows: number } | { ok: false; message: string };

// CommonJS run by the worker; apache-arrow is required by the path resolved here, wherever the code is bundled.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const arrow = require(workerData.arrowPath);
const { Type } = arrow;
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
try {
  const bytes = workerData.bytes;
  const table = arrow.tableFromIPC(bytes);
  if (table.numCols === 0) throw new Error('the file holds no columns');
  // Every column of a report takes at least a byte per record; more records than bytes is damaged metadata.
  if (table.numRows > bytes.length) throw new Error('the file claims ' + table.numRows + ' records in ' + bytes.length + ' bytes');
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
  parentPort.postMessage({ ok: true, columns, numRows: table.numRows });
} catch (error) {
  parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
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
        return { kind: 'invalid', text, reason: 'a number too large' };
      }
      return Number.isFinite(number)
        ? { kind: 'number', value: number, text }
        : { kind: 'invalid', text, reason: 'a number that is not finite' };
    }
    case 'date': {
      const wallClock = wallClockOfEpochMs(Math.floor(Number(value) / MS_PER_DAY) * MS_PER_DAY, false);
      return wallClock
        ? { kind: 'date', date: wallClock.slice(0, 10) }
        : { kind: 'invalid', text, reason: 'a date out of range' };
    }
    case 'timestamp':
    case 'instant': {
      const wallClock = wallClockOfEpochMs(Number(value), kind === 'instant');
      return wallClock ? { kind: 'datetime', wallClock } : { kind: 'invalid', text, reason: 'a time out of range' };
    }
    case 'other':
      return {
        kind: 'invalid',
        text,
        reason: typeof value === 'boolean' ? 'true/false' : 'a value of another type (list, struct, binary, …)',
      };
  }
}

/** The worker's answer; a failure of the worker itself (not of the file) rejects, as it is no problem of the file. */
function readInWorker(bytes: Uint8Array, limits: ArrowReadLimits): Promise<WorkerAnswer> {
  const arrowPath = createRequire(import.meta.url).resolve('apache-arrow');
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { arrowPath, bytes },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb },
    });
    const settle = (outcome: { answer: WorkerAnswer } | { error: Error }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if ('answer' in outcome) resolve(outcome.answer);
      else reject(outcome.error);
      void worker.terminate();
    };
    const timer = setTimeout(
      () => settle({ answer: { ok: false, message: `reading it took longer than ${limits.timeoutMs / 1000} s` } }),
      limits.timeoutMs,
    );
    worker.once('message', (answer: WorkerAnswer) => settle({ answer }));
    worker.once('error', (error: Error & { code?: string }) =>
      settle(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { answer: { ok: false, message: `reading it needed more than ${limits.maxMemoryMb} MB` } }
          : { error },
      ),
    );
    worker.once('exit', (code) =>
      settle({ error: new Error(`the Arrow reader stopped without an answer (exit code ${code})`) }),
    );
  });
}

export async function readActualArrow(
  file: string,
  bytes: Uint8Array,
  limits: ArrowReadLimits = ARROW_READ_LIMITS,
): Promise<SourceReadResult> {
  const fix = 'Write the file again as Arrow IPC (file or stream format), or give the figures as CSV or Parquet.';
  const refuse = (reason: string): SourceReadResult => ({
    tables: [],
    problems: [unreadable(file, `the file cannot be read as Arrow IPC: ${reason}`, unreadableFix(bytes, 'arrow', fix))],
  });
  if (sniffFormat(bytes) !== 'arrow') return refuse('it starts with neither "ARROW1" nor a stream message');
  const answer = await readInWorker(bytes, limits);
  if (!answer.ok) return refuse(answer.message);
  const columns = answer.columns.map((column) => column.name);
  const records = Array.from({ length: answer.numRows }, (_, index) => ({
    row: index + 1,
    cells: answer.columns.map((column) => cellOf(column.kind, column.values[index] ?? null)),
  }));
  return { tables: [{ file, label: file, headerRow: null, columns, records, rowCount: records.length }], problems: [] };
}
