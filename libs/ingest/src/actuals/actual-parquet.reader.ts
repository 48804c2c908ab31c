import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBInstance,
  DuckDBTimestampMillisecondsValue,
  DuckDBTimestampNanosecondsValue,
  DuckDBTimestampSecondsValue,
  DuckDBTimestampTZValue,
  DuckDBTimestampValue,
  type DuckDBValue,
} from '@duckdb/node-api';
import { SOURCE_LIMITS } from '../source-limits.ts';
import {
  EMPTY_CELL,
  sizeProblem,
  textCell,
  unreadable,
  unreadableFix,
  type SourceCell,
  type SourceReadResult,
} from './actual-source-table.ts';
import { wallClockOfEpochMs } from './actual-wall-clock.ts';

// A Parquet file of actuals, read by an in-memory DuckDB (its Parquet reader is built in; no extension is ever
// downloaded). DuckDB reads files, not bytes, so the bytes go to a private temporary folder that is removed
// afterwards. Typed columns keep their type: DATE, TIMESTAMP (wall-clock time), TIMESTAMP WITH TIME ZONE (an
// instant, shown in Vietnam time), integers, decimals and doubles; text columns are read like CSV cells.
// The row and column counts come from the file's metadata first: a file over SOURCE_LIMITS is refused before
// any row is read. Runs in a reader process (../worker/source-reader.worker.ts): value imports name their .ts file.

const READ_PARQUET = 'SELECT * FROM read_parquet($1)';
const ROW_COUNT = 'SELECT coalesce(sum(num_rows), 0)::BIGINT AS rows FROM parquet_file_metadata($1)';
const COLUMNS = 'DESCRIBE SELECT * FROM read_parquet($1)';
// One thread and a memory cap: reading one report must not take the machine from the server.
const INSTANCE_OPTIONS = {
  autoinstall_known_extensions: 'false',
  threads: '1',
  memory_limit: SOURCE_LIMITS.parquetMemoryLimit,
};

const MS_PER_DAY = 86_400_000;

function datetimeCell(epochMs: number, zoned: boolean, text: string): SourceCell {
  const wallClock = wallClockOfEpochMs(epochMs, zoned);
  return wallClock
    ? { kind: 'datetime', wallClock }
    : { kind: 'invalid', text, reason: 'a time out of range', reasonVi: 'một thời điểm nằm ngoài phạm vi đọc được' };
}

function numberCell(value: number, text: string): SourceCell {
  return Number.isFinite(value)
    ? { kind: 'number', value, text }
    : { kind: 'invalid', text, reason: 'a number that is not finite', reasonVi: 'một số không hữu hạn' };
}

/** A DuckDB value as a cell; `getRows` gives bigint for 64-bit integers and value objects for dates and times. */
export function cellOfDuckDBValue(value: DuckDBValue): SourceCell {
  if (value === null) return EMPTY_CELL;
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'number') return numberCell(value, String(value));
  if (typeof value === 'bigint') {
    const number = Number(value);
    return Number.isSafeInteger(number)
      ? { kind: 'number', value: number, text: String(value) }
      : { kind: 'invalid', text: String(value), reason: 'a number too large', reasonVi: 'một số quá lớn' };
  }
  if (typeof value === 'boolean') {
    return { kind: 'invalid', text: String(value), reason: 'true/false', reasonVi: 'giá trị đúng/sai (true/false)' };
  }
  if (value instanceof DuckDBDecimalValue) return numberCell(value.toDouble(), value.toString());
  if (value instanceof DuckDBDateValue) {
    const wallClock = value.isFinite ? wallClockOfEpochMs(value.days * MS_PER_DAY, false) : null;
    return wallClock
      ? { kind: 'date', date: wallClock.slice(0, 10) }
      : {
          kind: 'invalid',
          text: value.toString(),
          reason: 'a date out of range',
          reasonVi: 'một ngày nằm ngoài phạm vi đọc được',
        };
  }
  if (value instanceof DuckDBTimestampTZValue) {
    return datetimeCell(Number(value.micros / 1000n), true, value.toString());
  }
  if (value instanceof DuckDBTimestampValue) return datetimeCell(Number(value.micros / 1000n), false, value.toString());
  if (value instanceof DuckDBTimestampMillisecondsValue)
    return datetimeCell(Number(value.millis), false, value.toString());
  if (value instanceof DuckDBTimestampSecondsValue) {
    return datetimeCell(Number(value.seconds) * 1000, false, value.toString());
  }
  if (value instanceof DuckDBTimestampNanosecondsValue) {
    return datetimeCell(Number(value.nanos / 1_000_000n), false, value.toString());
  }
  const text = String(value);
  return {
    kind: 'invalid',
    text,
    reason: 'a value of another type (list, struct, blob, …)',
    reasonVi: 'một giá trị thuộc kiểu khác (danh sách, cấu trúc, blob, …)',
  };
}

export async function readActualParquet(file: string, bytes: Uint8Array): Promise<SourceReadResult> {
  // Failing to write the temporary file or to start DuckDB says nothing about the file: that throws.
  const folder = await mkdtemp(join(tmpdir(), 'scorecard-actuals-'));
  try {
    const path = join(folder, 'source.parquet');
    await writeFile(path, bytes);
    const instance = await DuckDBInstance.create(':memory:', INSTANCE_OPTIONS);
    try {
      const connection = await instance.connect();
      try {
        const columnCount = (await connection.runAndReadAll(COLUMNS, [path])).currentRowCount;
        const rowCount = Number((await connection.runAndReadAll(ROW_COUNT, [path])).getRows()[0]?.[0] ?? 0);
        const tooLarge = sizeProblem(file, { rows: rowCount, columns: columnCount });
        if (tooLarge) return { tables: [], problems: [tooLarge] };
        const reader = await connection.runAndReadAll(READ_PARQUET, [path]);
        const columns = reader.columnNames();
        const records = reader
          .getRows()
          .map((values, index) => ({ row: index + 1, cells: values.map(cellOfDuckDBValue) }));
        const table = {
          file,
          label: file,
          headerRow: null,
          columns,
          columnNumbers: null,
          records,
          rowCount: records.length,
        };
        return { tables: [table], problems: [] };
      } catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
        const fix = {
          fix: 'Export the file again as Parquet, or give the figures as CSV or Excel (.xlsx).',
          fixVi: 'Xuất lại tệp dưới dạng Parquet, hoặc gửi số liệu dưới dạng CSV hoặc Excel (.xlsx).',
        };
        // DuckDB's own error, with the file's name for the temporary path, in both languages.
        const said = reason.split(path).join(file);
        const message = {
          message: `the file cannot be read as Parquet: ${said}`,
          messageVi: `không đọc được tệp dưới dạng Parquet: ${said}`,
        };
        return { tables: [], problems: [unreadable(file, message, unreadableFix(bytes, 'parquet', fix))] };
      } finally {
        connection.closeSync();
      }
    } finally {
      instance.closeSync();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
