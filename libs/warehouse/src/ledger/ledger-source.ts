import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { DuckDBDataChunk, VARCHAR, BIGINT, type DuckDBConnection } from '@duckdb/node-api';
import { DataType, tableFromIPC } from 'apache-arrow';
import { fileProblem } from '@scorecard/domain';
import { LedgerImportError, echo, type LedgerImportProblem } from './ledger-import.errors';

// Each ledger file becomes a relation of text columns plus its row number, whatever its format, so one set of
// checks (ledger-problems.sql) serves Parquet, CSV and Arrow IPC. Parquet and CSV are read by DuckDB itself;
// Arrow IPC (which DuckDB's Node binding cannot read) is read with apache-arrow and appended in chunks. Nothing
// is cast that could fail: numbers and dates are read with TRY_CAST into `<column>_v` and checked before use.

export type LedgerTable = 'employers' | 'dues' | 'payments';

export const LEDGER_COLUMNS: Readonly<Record<LedgerTable, readonly string[]>> = {
  employers: ['employer_id', 'name', 'province', 'district', 'ownership', 'workers'],
  dues: ['employer_id', 'month', 'amount'],
  payments: ['employer_id', 'paid_on', 'amount'],
};

/** Each file as a Vietnamese reader names it, for the messages about it. */
const LEDGER_TABLES_VI: Readonly<Record<LedgerTable, string>> = {
  employers: 'danh sách đơn vị sử dụng lao động (employers)',
  dues: 'số phải đóng (dues)',
  payments: 'số đã nộp (payments)',
};

/** A ledger file with more columns than this is refused before anything else is read. */
export const MAX_LEDGER_COLUMNS = 100;

/**
 * A file path as an SQL literal, quotes doubled: the staged files are read through views, and a view cannot hold a
 * bound parameter (every statement that can bind the path does).
 */
const quote = (path: string) => `'${path.replaceAll("'", "''")}'`;
const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The columns read as a number or a date; every other column is text. */
const TYPED: Readonly<Record<string, 'number' | 'date'>> = {
  workers: 'number',
  month: 'date',
  paid_on: 'date',
  amount: 'number',
};

const NUMERIC_TYPE =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL)/;
const DATE_TYPE = /^(DATE|TIMESTAMP)/;
// Written numbers: digits with an optional decimal part and exponent. Not "1.234,5", "1_000", "NaN" or "inf".
const NUMBER_TEXT = '^[+-]?[0-9]+([.][0-9]*)?([eE][+-]?[0-9]+)?$';

/** The typed reading of a column from the type the file stores it in; NULL where it cannot be read. */
function typedExpression(column: string, sourceType: string): string {
  const c = ident(column);
  if (TYPED[column] === 'number') {
    if (NUMERIC_TYPE.test(sourceType)) return `TRY_CAST(${c} AS DOUBLE)`;
    const text = `trim(CAST(${c} AS VARCHAR))`;
    return `CASE WHEN regexp_matches(${text}, '${NUMBER_TEXT}') THEN TRY_CAST(${text} AS DOUBLE) END`;
  }
  if (sourceType === 'DATE') return c;
  if (DATE_TYPE.test(sourceType)) return `TRY_CAST(${c} AS DATE)`;
  return `TRY_CAST(trim(CAST(${c} AS VARCHAR)) AS DATE)`;
}

const refuse = (problem: LedgerImportProblem): never => {
  throw new LedgerImportError([problem]);
};

const tooManyColumns = (file: string, table: LedgerTable, count: number): never =>
  refuse({
    kind: 'TOO_MANY_COLUMNS',
    file,
    row: 1,
    column: null,
    columnNumber: null,
    value: String(count),
    message: `the file has ${count} columns; a ledger file has at most ${MAX_LEDGER_COLUMNS}`,
    messageVi: `tệp có ${count} cột; mỗi tệp của sổ theo dõi có tối đa ${MAX_LEDGER_COLUMNS} cột`,
    fix: `Keep the ${table} columns ${LEDGER_COLUMNS[table].join(', ')}.`,
    fixVi: `Chỉ giữ các cột ${LEDGER_COLUMNS[table].join(', ')} của tệp ${LEDGER_TABLES_VI[table]}.`,
  });

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/**
 * A temp view `staged_<table>` with source_row, every column as VARCHAR (for messages) and, for numbers and
 * dates, `<column>_v` read as its type straight from the file's own type where it has one.
 */
export async function stageLedgerFile(connection: DuckDBConnection, table: LedgerTable, path: string): Promise<void> {
  const file = basename(path);
  const extension = extname(path).toLowerCase();
  const format = extension.slice(1);
  const view = `staged_${table}`;
  let relation: string;
  let rowExpression: string;
  if (extension === '.parquet') {
    relation = `read_parquet(${quote(path)}, file_row_number = true)`;
    rowExpression = 'file_row_number + 1';
  } else if (extension === '.csv') {
    await stageCsv(connection, table, path);
    relation = `csv_${table}`;
    rowExpression = 'source_row';
  } else if (extension === '.arrow' || extension === '.arrows' || extension === '.ipc' || extension === '.feather') {
    await stageArrow(connection, table, path);
    relation = `arrow_${table}`;
    rowExpression = 'source_row';
  } else {
    return refuse(
      fileProblem('UNSUPPORTED_FILE', file, extension || null, {
        message: `"${echo(extension)}" is not a ledger format`,
        messageVi: `"${echo(extension)}" không phải là định dạng tệp của sổ theo dõi`,
        fix: 'Give the ledger as Parquet (.parquet), CSV (.csv) or Arrow IPC (.arrow).',
        fixVi: 'Gửi sổ theo dõi dưới dạng Parquet (.parquet), CSV (.csv) hoặc Arrow IPC (.arrow).',
      }),
    );
  }
  let described: { name: string; type: string }[];
  try {
    described = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${relation}`))
      .getRowObjectsJS()
      .map((row) => ({ name: String(row['column_name']), type: String(row['column_type']) }));
  } catch (error) {
    return refuse(
      fileProblem('UNREADABLE_FILE', file, null, {
        message: `the file cannot be read as ${format}: ${echo(firstLine(error))}`,
        messageVi: `không đọc được tệp dưới dạng ${format}: ${echo(firstLine(error))}`,
        fix: `Check that the file is a complete ${format} file (not cut short, not another format).`,
        fixVi: `Kiểm tra xem tệp có đúng là tệp ${format} đầy đủ không (không bị cắt cụt, không phải định dạng khác).`,
      }),
    );
  }
  // csv_ and arrow_ tables carry our own source_row; read_parquet adds file_row_number.
  const own = extension === '.parquet' ? 'file_row_number' : 'source_row';
  const columns = described.map((c) => c.name).filter((name) => name !== own);
  if (columns.length > MAX_LEDGER_COLUMNS) tooManyColumns(file, table, columns.length);
  const missing = LEDGER_COLUMNS[table].filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    const found = `${columns
      .slice(0, 20)
      .map((name) => echo(name))
      .join(', ')}${columns.length > 20 ? ', …' : ''}`;
    throw new LedgerImportError(
      missing.map((column) => ({
        kind: 'MISSING_COLUMN' as const,
        file,
        row: 1,
        column,
        columnNumber: null,
        value: null,
        message: `the column ${column} is missing (the file has: ${found})`,
        messageVi: `thiếu cột ${column} (tệp có các cột: ${found})`,
        fix: `Name the ${table} columns ${LEDGER_COLUMNS[table].join(', ')}.`,
        fixVi: `Đặt tên các cột của tệp ${LEDGER_TABLES_VI[table]} là ${LEDGER_COLUMNS[table].join(', ')}.`,
      })),
    );
  }
  const typeOf = new Map(described.map((c) => [c.name, c.type]));
  const select = LEDGER_COLUMNS[table].flatMap((column) => [
    `CAST(${ident(column)} AS VARCHAR) AS ${ident(column)}`,
    ...(TYPED[column] ? [`${typedExpression(column, typeOf.get(column)!)} AS ${ident(`${column}_v`)}`] : []),
  ]);
  await connection.run(
    `CREATE OR REPLACE TEMP VIEW ${view} AS SELECT ${rowExpression} AS source_row, ${select.join(', ')} FROM ${relation}`,
  );
}

/** The meaning of DuckDB's error_type of a CSV line it rejects; another type is given as DuckDB names it. */
const CSV_ERROR_TYPES_VI: Readonly<Record<string, string>> = {
  cast: 'sai kiểu dữ liệu',
  'missing columns': 'thiếu cột',
  'too many columns': 'thừa cột',
  'unquoted value': 'dấu ngoặc kép không đúng chỗ',
  'line size over maximum': 'dòng quá dài',
  'invalid unicode': 'có ký tự không hợp lệ theo UTF-8',
};

/**
 * A CSV file read once into a temp table of text. A line DuckDB cannot split into the header's columns (a
 * truncated last line, a stray quote) refuses the import by its line number rather than being skipped.
 */
async function stageCsv(connection: DuckDBConnection, table: LedgerTable, path: string): Promise<void> {
  const file = basename(path);
  const errors = `csv_${table}_rejects`;
  const scans = `csv_${table}_scans`;
  try {
    // The header alone first: a file of thousands of columns is refused before its rows are read.
    const width = (
      await connection.runAndReadAll(
        `DESCRIBE SELECT * FROM read_csv(${quote(path)}, header = true, all_varchar = true)`,
      )
    ).getRowsJS().length;
    if (width > MAX_LEDGER_COLUMNS) return tooManyColumns(file, table, width);
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE csv_${table} AS
       SELECT row_number() OVER () + 1 AS source_row, *
       FROM read_csv(${quote(path)}, header = true, all_varchar = true, store_rejects = true,
         rejects_table = '${errors}', rejects_scan = '${scans}')`,
    );
  } catch (error) {
    if (error instanceof LedgerImportError) throw error;
    refuse(
      fileProblem('UNREADABLE_FILE', file, null, {
        message: `the file cannot be read as CSV: ${echo(firstLine(error))}`,
        messageVi: `không đọc được tệp dưới dạng CSV: ${echo(firstLine(error))}`,
        fix: 'Save the file as CSV (UTF-8, comma-separated, one header line), complete and not cut short.',
        fixVi: 'Lưu tệp dưới dạng CSV (UTF-8, phân cách bằng dấu phẩy, một dòng tiêu đề), đầy đủ, không bị cắt cụt.',
      }),
    );
  }
  const rejects = (
    await connection.runAndReadAll(
      `SELECT line, column_name, error_type, left(csv_line, 201) AS csv_line, left(error_message, 300) AS error_message,
         count(*) OVER () AS total
       FROM ${errors} ORDER BY line LIMIT 200`,
    )
  ).getRowObjectsJS();
  await connection.run(`DROP TABLE IF EXISTS ${errors}; DROP TABLE IF EXISTS ${scans};`);
  const columnCount = LEDGER_COLUMNS[table].length;
  if (rejects.length > 0)
    throw new LedgerImportError(
      rejects.map((r) => {
        // DuckDB's own words for the error, its type in Vietnamese where it is one of the known ones.
        const type = String(r['error_type']).toLowerCase();
        const said = String(r['error_message']);
        return {
          kind: 'MALFORMED_ROW' as const,
          file,
          row: Number(r['line']),
          column: r['column_name'] === null ? null : String(r['column_name']),
          columnNumber: null,
          value: r['csv_line'] === null ? null : String(r['csv_line']),
          message: `the line cannot be read (${type}: ${said})`,
          messageVi: `không đọc được dòng này (${CSV_ERROR_TYPES_VI[type] ?? type}: ${said})`,
          fix: `Write every line with the header's ${columnCount} columns, separated by commas; quote a text that holds a comma. If the file was cut short, export it again.`,
          fixVi: `Mỗi dòng phải có đủ ${columnCount} cột như dòng tiêu đề, phân cách bằng dấu phẩy; đặt văn bản có chứa dấu phẩy trong dấu ngoặc kép. Nếu tệp bị cắt cụt, hãy xuất lại tệp.`,
        };
      }),
      Number(rejects[0]!['total']),
    );
}

const CHUNK = 2048;

async function stageArrow(connection: DuckDBConnection, table: LedgerTable, path: string): Promise<void> {
  let arrow;
  try {
    arrow = tableFromIPC(readFileSync(path));
  } catch (error) {
    return refuse(
      fileProblem('UNREADABLE_FILE', basename(path), null, {
        message: `the file cannot be read as Arrow IPC: ${echo(firstLine(error))}`,
        messageVi: `không đọc được tệp dưới dạng Arrow IPC: ${echo(firstLine(error))}`,
        fix: 'Write the file with an Arrow library as an IPC file or stream (.arrow).',
        fixVi: 'Ghi lại tệp bằng thư viện Arrow dưới dạng tệp hoặc luồng IPC (.arrow).',
      }),
    );
  }
  const names = arrow.schema.fields.map((field) => field.name);
  if (names.length > MAX_LEDGER_COLUMNS) tooManyColumns(basename(path), table, names.length);
  const staging = `arrow_${table}`;
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ${staging} (source_row BIGINT, ${names.map((n) => `${ident(n)} VARCHAR`).join(', ')})`,
  );
  const appender = await connection.createAppender(staging);
  const vectors = names.map((name) => arrow.getChild(name));
  const dates = arrow.schema.fields.map((field) => DataType.isDate(field.type) || DataType.isTimestamp(field.type));
  const types = [BIGINT, ...names.map(() => VARCHAR)];
  for (let start = 0; start < arrow.numRows; start += CHUNK) {
    const size = Math.min(CHUNK, arrow.numRows - start);
    const chunk = DuckDBDataChunk.create(types, size);
    chunk.setColumnValues(
      0,
      Array.from({ length: size }, (_, i) => BigInt(start + i + 1)),
    );
    vectors.forEach((vector, index) => {
      const values: (string | null)[] = new Array<string | null>(size);
      for (let i = 0; i < size; i += 1) values[i] = arrowText(vector?.get(start + i), dates[index] ?? false);
      chunk.setColumnValues(index + 1, values);
    });
    appender.appendDataChunk(chunk);
  }
  appender.flushSync();
  appender.closeSync();
}

/** Arrow values as the text DuckDB casts back: dates (milliseconds since the epoch) as YYYY-MM-DD. */
function arrowText(value: unknown, isDate: boolean): string | null {
  if (value === null || value === undefined) return null;
  if (isDate) {
    const date = value instanceof Date ? value : new Date(Number(value));
    return Number.isNaN(date.getTime()) ? String(value) : date.toISOString().slice(0, 10);
  }
  return String(value);
}

/**
 * Where a Parquet file DuckDB failed to read is broken: the first column and row group whose pages cannot be
 * decoded (a corrupt or truncated page), or null when every column reads.
 */
export async function locateUnreadableParquet(
  connection: DuckDBConnection,
  table: LedgerTable,
  path: string,
): Promise<LedgerImportProblem | null> {
  const file = basename(path);
  if (extname(path).toLowerCase() !== '.parquet') return null;
  const source = quote(path);
  let groups: { first: number; last: number }[] = [];
  try {
    groups = (
      await connection.runAndReadAll(
        `SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata(${source}) ORDER BY row_group_id`,
      )
    )
      .getRowsJS()
      .reduce<{ first: number; last: number }[]>((acc, [, rows]) => {
        const first = (acc.at(-1)?.last ?? 0) + 1;
        acc.push({ first, last: first + Number(rows) - 1 });
        return acc;
      }, []);
  } catch (error) {
    return fileProblem('UNREADABLE_FILE', file, null, {
      message: `the file cannot be read as Parquet: ${echo(firstLine(error))}`,
      messageVi: `không đọc được tệp dưới dạng Parquet: ${echo(firstLine(error))}`,
      fix: 'Check that the file is a complete Parquet file (not cut short, not another format).',
      fixVi: 'Kiểm tra xem tệp có đúng là tệp Parquet đầy đủ không (không bị cắt cụt, không phải định dạng khác).',
    });
  }
  for (const column of LEDGER_COLUMNS[table]) {
    const read = (where: string) =>
      connection.run(
        `SELECT max(length(CAST(${ident(column)} AS VARCHAR))) FROM read_parquet(${source}, file_row_number = true) ${where}`,
      );
    try {
      await read('');
      continue;
    } catch (error) {
      // The first row group that fails (DuckDB skips the row groups a file_row_number filter excludes).
      let group = groups[0] ?? { first: 1, last: 1 };
      for (const candidate of groups) {
        const failed = await read(
          `WHERE file_row_number BETWEEN ${candidate.first - 1} AND ${candidate.last - 1}`,
        ).then(
          () => false,
          () => true,
        );
        if (failed) {
          group = candidate;
          break;
        }
      }
      return {
        kind: 'CORRUPT_FILE',
        file,
        row: group.first,
        column,
        columnNumber: null,
        value: null,
        message: `the column cannot be decoded in rows ${group.first} to ${group.last} (${echo(firstLine(error))})`,
        messageVi: `không giải mã được cột này ở các dòng ${group.first} đến ${group.last} (${echo(firstLine(error))})`,
        fix: 'The file is damaged: export or copy it again from the source and check its size.',
        fixVi: 'Tệp bị hỏng: xuất hoặc sao chép lại tệp từ nguồn và kiểm tra dung lượng tệp.',
      };
    }
  }
  return null;
}
