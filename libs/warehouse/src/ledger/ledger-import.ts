import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { fileProblem, type ProblemText } from '@scorecard/domain';
import type { WarehouseDatabase } from '../connection/warehouse-database';
import { runScript } from '../connection/sql-script';
import problemsSql from '../queries/ledger-problems.sql?raw';
import problemValuesSql from '../queries/ledger-problem-values.sql?raw';
import readSql from '../queries/ledger-read.sql?raw';
import stageSql from '../queries/ledger-stage.sql?raw';
import commitSql from '../queries/ledger-commit.sql?raw';
import {
  LedgerImportError,
  MAX_ECHOED_CHARACTERS,
  MAX_LISTED_PROBLEMS,
  echo,
  type LedgerImportProblem,
  type LedgerImportProblemKind,
} from './ledger-import.errors';
import { LEDGER_MANIFEST } from './ledger-generator';
import { locateUnreadableParquet, stageLedgerFile, type LedgerTable } from './ledger-source';
import { AuditRepository, type AuditEventInput } from '../repositories/audit.repository';

// A ledger import replaces the whole ledger: each file is read once by DuckDB into temporary tables
// (ledger-read.sql), checked (ledger-problems.sql: any problem refuses the import, listing the first 200 with the
// total), the tables the queries read are derived (ledger-stage.sql, never in the database file), then swapped in
// by one transaction (ledger-commit.sql). A failure or a kill at any point leaves the
// ledger as it was: temporary tables die with the connection, and DuckDB rolls back an uncommitted transaction.

export type LedgerFiles = Readonly<Record<LedgerTable, string>>;

export type LedgerImportRequest = {
  files: LedgerFiles;
  importedBy: string;
  synthetic: boolean;
  /** Appended to the audit log in the transaction that swaps the ledger in (the first start's own load has none). */
  audit?: AuditEventInput | null;
  /** Called with a short line at each step (for a progress display). */
  progress?: (step: string) => void;
};

export type LedgerImportOutcome = {
  importId: number | null;
  alreadyImported: boolean;
  employers: number;
  dues: number;
  payments: number;
  firstMonth: string | null;
  lastMonth: string | null;
};

/** The bounds of ledger values, checked before anything is cast (ledger-problems.sql). */
export const LEDGER_BOUNDS = {
  /** 10,000 billion đồng: far above any employer's monthly due, far below what a BIGINT sum can hold. */
  maxAmount: 1e13,
  maxWorkers: 10_000_000,
  /** Vietnam Social Security (BHXH Việt Nam) was founded in 1995. */
  earliest: '1995-01-01',
  latest: '2099-12-31',
  /** Twenty years of dues, as the generator allows. */
  maxMonths: 240,
  /** A payment may precede the first month of dues, or follow the last, by at most this many months. */
  slackMonths: 12,
} as const;

const amountFix = {
  fix: 'Write the amount in VND as a whole number without separators or decimals, e.g. 12500000.',
  fixVi: 'Ghi số tiền bằng đồng, là số nguyên, không có dấu phân cách hay phần thập phân, ví dụ 12500000.',
};
const PROBLEM_TEXT: Partial<Record<LedgerImportProblemKind, ProblemText>> = {
  EMPTY_CELL: {
    message: 'the cell is empty',
    messageVi: 'ô để trống',
    fix: 'Fill in the cell or delete the row.',
    fixVi: 'Điền giá trị vào ô hoặc xóa dòng này.',
  },
  DUPLICATE_EMPLOYER: {
    message: 'the employer id is given twice',
    messageVi: 'mã đơn vị bị ghi hai lần',
    fix: 'Give each employer (mã đơn vị) once in the employers file.',
    fixVi: 'Mỗi đơn vị sử dụng lao động (mã đơn vị) chỉ ghi một lần trong tệp danh sách đơn vị.',
  },
  UNKNOWN_PROVINCE: {
    message: 'not an official province code',
    messageVi: 'không phải là mã tỉnh chính thức',
    fix: 'Write the two-digit province code of data/reference/provinces63.csv (e.g. "01").',
    fixVi: 'Ghi mã tỉnh gồm hai chữ số theo data/reference/provinces63.csv (ví dụ "01").',
  },
  UNKNOWN_EMPLOYER: {
    message: 'the employer is not in the employers file',
    messageVi: 'đơn vị sử dụng lao động này không có trong tệp danh sách đơn vị',
    fix: 'Add the employer to the employers file, or correct the id.',
    fixVi: 'Bổ sung đơn vị vào tệp danh sách đơn vị, hoặc sửa lại mã đơn vị.',
  },
  INVALID_DATE: {
    message: 'not a date',
    messageVi: 'không phải là ngày',
    fix: 'Write the date as YYYY-MM-DD (a month as its first day: 2023-01-01).',
    fixVi: 'Ghi ngày theo dạng YYYY-MM-DD (tháng thì ghi ngày đầu tháng: 2023-01-01).',
  },
  NOT_A_NUMBER: { message: 'not a number', messageVi: 'không phải là số', ...amountFix },
  NEGATIVE_NUMBER: { message: 'a negative number', messageVi: 'là số âm', ...amountFix },
  NOT_A_WHOLE_NUMBER: {
    message: 'not a whole number (amounts are whole đồng, workers whole persons)',
    messageVi: 'không phải số nguyên (số tiền tính bằng đồng chẵn, số lao động tính bằng người)',
    ...amountFix,
  },
  NOT_POSITIVE: {
    message: 'a payment of 0 (a payment is more than 0)',
    messageVi: 'khoản nộp bằng 0 (số tiền nộp phải lớn hơn 0)',
    fix: 'Delete the row, or write the amount paid.',
    fixVi: 'Xóa dòng này, hoặc ghi số tiền đã nộp.',
  },
  DUPLICATE_DUE: {
    message: 'the employer has two dues for this month',
    messageVi: 'đơn vị có hai khoản phải đóng trong cùng tháng này',
    fix: 'Give one due per employer and month (add them up).',
    fixVi: 'Mỗi đơn vị, mỗi tháng chỉ ghi một khoản phải đóng (cộng các khoản lại).',
  },
};

function describeProblem(
  kind: LedgerImportProblemKind,
  column: string,
  span: { first: string | null; last: string | null },
): ProblemText {
  const { maxAmount, maxWorkers, earliest, latest, maxMonths, slackMonths } = LEDGER_BOUNDS;
  if (kind === 'NUMBER_TOO_LARGE')
    return column === 'workers'
      ? {
          message: `more than ${maxWorkers} workers`,
          messageVi: `hơn ${maxWorkers} lao động`,
          fix: 'Write the number of workers of this employer.',
          fixVi: 'Ghi đúng số lao động của đơn vị này.',
        }
      : {
          message: `more than ${maxAmount} đồng (10,000 billion), the largest amount a ledger row may hold`,
          messageVi: `hơn ${maxAmount} đồng (10.000 tỷ đồng), số tiền lớn nhất một dòng của sổ theo dõi được phép ghi`,
          fix: `${amountFix.fix} Check for a unit error (đồng, not thousandths) or a corrupt export.`,
          fixVi: `${amountFix.fixVi} Kiểm tra xem có nhầm đơn vị tính (phải là đồng, không phải phần nghìn đồng) hoặc tệp xuất bị lỗi không.`,
        };
  if (kind === 'DATE_OUT_OF_RANGE')
    return column === 'paid_on' && span.first !== null
      ? {
          message: `outside the ledger: payments must lie within ${slackMonths} months of its dues (${span.first} to ${span.last}) and between ${earliest} and ${latest}`,
          messageVi: `nằm ngoài thời gian của sổ theo dõi: ngày nộp tiền phải cách các tháng phải đóng (${span.first} đến ${span.last}) không quá ${slackMonths} tháng và nằm trong khoảng ${earliest} đến ${latest}`,
          fix: 'Correct the date (YYYY-MM-DD), or leave out payments that do not belong to these months.',
          fixVi: 'Sửa lại ngày (YYYY-MM-DD), hoặc bỏ các khoản nộp không thuộc các tháng này.',
        }
      : {
          message: `outside the dates a ledger may hold (${earliest} to ${latest})`,
          messageVi: `nằm ngoài khoảng ngày mà sổ theo dõi được phép ghi (${earliest} đến ${latest})`,
          fix: 'Correct the date (YYYY-MM-DD).',
          fixVi: 'Sửa lại ngày (YYYY-MM-DD).',
        };
  if (kind === 'LEDGER_TOO_LONG')
    return {
      message: `the dues span ${span.first} to ${span.last}, more than the ${maxMonths} months a ledger may hold`,
      messageVi: `các khoản phải đóng trải từ ${span.first} đến ${span.last}, vượt quá ${maxMonths} tháng mà một sổ theo dõi được phép ghi`,
      fix: `Import at most ${maxMonths} months of dues; check for a mistyped year.`,
      fixVi: `Chỉ nhập số phải đóng của tối đa ${maxMonths} tháng; kiểm tra xem có gõ nhầm năm không.`,
    };
  return (
    PROBLEM_TEXT[kind] ?? {
      message: kind,
      messageVi: `vấn đề ${kind}`,
      fix: 'Correct the cell.',
      fixVi: 'Sửa lại ô này.',
    }
  );
}

type Digests = { content: string; files: Record<LedgerTable, string> };

async function digestFiles(files: LedgerFiles): Promise<Digests> {
  const content = createHash('sha256');
  const each = {} as Record<LedgerTable, string>;
  for (const table of ['employers', 'dues', 'payments'] as const) {
    const file = createHash('sha256');
    content.update(`${table}\n`);
    for await (const chunk of createReadStream(files[table])) {
      content.update(chunk as Buffer);
      file.update(chunk as Buffer);
    }
    each[table] = file.digest('hex');
  }
  return { content: content.digest('hex'), files: each };
}

/**
 * Files whose SHA-256 differs from the one the manifest beside them records (the generator writes one): a
 * byte flipped in storage or transfer. Parquet pages written by DuckDB carry no checksum DuckDB could verify, so
 * the manifest is what catches a change that still decodes.
 */
function checksumProblems(files: LedgerFiles, digests: Digests): LedgerImportProblem[] {
  const problems: LedgerImportProblem[] = [];
  for (const table of ['employers', 'dues', 'payments'] as const) {
    const manifestPath = join(dirname(files[table]), LEDGER_MANIFEST);
    if (!existsSync(manifestPath)) continue;
    let expected: unknown;
    try {
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
        files?: Record<string, { sha256?: unknown }>;
      };
      expected = manifest.files?.[basename(files[table])]?.sha256;
    } catch {
      continue;
    }
    if (typeof expected === 'string' && expected !== digests.files[table])
      problems.push(
        fileProblem('CHECKSUM_MISMATCH', basename(files[table]), digests.files[table], {
          message: `the file's SHA-256 differs from the ${echo(expected)} its ${LEDGER_MANIFEST} records: it was changed or damaged after it was written`,
          messageVi: `mã SHA-256 của tệp khác với giá trị ${echo(expected)} ghi trong ${LEDGER_MANIFEST}: tệp đã bị thay đổi hoặc hư hỏng sau khi được ghi`,
          fix: 'Copy the file again from its source (or write the ledger again), then import.',
          fixVi: 'Sao chép lại tệp từ nguồn (hoặc ghi lại sổ theo dõi) rồi nhập lại.',
        }),
      );
  }
  return problems;
}

export async function importLedger(db: WarehouseDatabase, request: LedgerImportRequest): Promise<LedgerImportOutcome> {
  const progress = request.progress ?? (() => undefined);
  progress('hashing the files');
  const digests = await digestFiles(request.files);
  const already = await alreadyImported(db, digests.content);
  if (already) return already;
  const mismatched = checksumProblems(request.files, digests);
  if (mismatched.length > 0) throw new LedgerImportError(mismatched);
  return db.withOwnConnection(async (connection) => {
    const restore = await limitMemory(connection);
    try {
      return await refuseUnreadable(connection, request.files, () =>
        stageAndSwap(db, connection, request, digests.content, progress),
      );
    } finally {
      await runScript(connection, CLEANUP_SQL);
      await restore();
    }
  });
}

/**
 * DuckDB's memory for the import: a quarter of the machine’s memory, at most 1.25 GB (the national ledger then
 * peaks under 2 GB; what does not fit spills to the database's .tmp directory). The setting is the instance's:
 * the previous value comes back when the import ends.
 */
export function ledgerImportMemoryLimit(totalBytes = totalmem()): string {
  const mb = Math.max(256, Math.min(1280, Math.floor(totalBytes / 4 / 2 ** 20)));
  return `${mb}MB`;
}

async function limitMemory(connection: DuckDBConnection): Promise<() => Promise<void>> {
  const settings = ['memory_limit', 'preserve_insertion_order'] as const;
  const previous = (
    await connection.runAndReadAll(
      `SELECT name, value FROM duckdb_settings() WHERE name IN ('memory_limit', 'preserve_insertion_order')`,
    )
  ).getRowObjectsJS();
  await connection.run('SET memory_limit = $limit', { limit: ledgerImportMemoryLimit() });
  return async () => {
    for (const row of previous) {
      const name = String(row['name']);
      if (settings.includes(name as (typeof settings)[number]))
        await connection.run(`SET ${name} = $value`, { value: String(row['value']) });
    }
  };
}

/** The outcome of the latest import when it had the same content: importing it again changes nothing. */
async function alreadyImported(
  db: WarehouseDatabase | DuckDBConnection,
  hash: string,
): Promise<LedgerImportOutcome | null> {
  const sql = `SELECT id, content_hash, employers, dues, payments, strftime(first_month, '%Y-%m') AS first_month,
    strftime(last_month, '%Y-%m') AS last_month FROM ledger_import ORDER BY id DESC LIMIT 1`;
  const rows =
    'all' in db ? await db.all(sql) : ((await db.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[]);
  const row = rows[0];
  if (!row || row['content_hash'] !== hash) return null;
  return {
    importId: Number(row['id']),
    alreadyImported: true,
    employers: Number(row['employers']),
    dues: Number(row['dues']),
    payments: Number(row['payments']),
    firstMonth: String(row['first_month']),
    lastMonth: String(row['last_month']),
  };
}

/**
 * Runs the work; a DuckDB error while it reads the files (a corrupt Parquet page shows only when its rows are
 * decoded) becomes a refusal naming the file, column and rows when one of the files is the cause.
 */
async function refuseUnreadable<T>(
  connection: DuckDBConnection,
  files: LedgerFiles,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LedgerImportError) throw error;
    // Running out of memory or being interrupted says nothing about the files.
    if (/^(Out of Memory|INTERRUPT)/i.test(error instanceof Error ? error.message : '')) throw error;
    for (const table of ['employers', 'dues', 'payments'] as const) {
      const problem = await locateUnreadableParquet(connection, table, files[table]).catch(() => null);
      if (problem) throw new LedgerImportError([problem]);
    }
    throw error;
  }
}

const CLEANUP_SQL = ['employers', 'dues', 'payments']
  .flatMap((table) => [
    `DROP VIEW IF EXISTS staged_${table};`,
    `DROP TABLE IF EXISTS arrow_${table};`,
    `DROP TABLE IF EXISTS csv_${table};`,
  ])
  .concat(
    [
      'employer',
      'due',
      'payment',
      'bounds',
      'month',
      'province_month',
      'payment_day',
      'payment_no',
      'due_k',
      'paid_k',
      'arrears',
      'due_month',
      'employer_key',
      'due_row',
      'payment_row',
      'problem',
      'span',
    ].map((t) => `DROP TABLE IF EXISTS next_${t};`),
  )
  .join('\n');

type ProblemRow = {
  tbl: LedgerTable;
  source_row: bigint;
  col: string;
  value: string | null;
  kind: LedgerImportProblemKind;
  total: bigint;
  first_month: string | null;
  last_month: string | null;
};

async function stageAndSwap(
  db: WarehouseDatabase,
  connection: DuckDBConnection,
  request: LedgerImportRequest,
  hash: string,
  progress: (step: string) => void,
): Promise<LedgerImportOutcome> {
  for (const table of ['employers', 'dues', 'payments'] as const) {
    await stageLedgerFile(connection, table, request.files[table]);
  }
  progress('reading the files');
  // The tables built from here are sorted where it matters (ORDER BY); keeping the files' order elsewhere costs
  // memory. (Not before: a CSV's row numbers follow its order. limitMemory restores the setting.)
  await connection.run('SET preserve_insertion_order = false');
  await runScript(connection, readSql);
  progress('checking every row');
  await runScript(connection, problemsSql, { ...LEDGER_BOUNDS });
  const found = Number((await connection.runAndReadAll('SELECT count(*) FROM next_problem')).getRowsJS()[0]![0]);
  if (found > 0) {
    const problems = (
      await connection.runAndReadAll(problemValuesSql, {
        maxEchoed: MAX_ECHOED_CHARACTERS,
        maxListed: MAX_LISTED_PROBLEMS,
      })
    ).getRowObjectsJS() as ProblemRow[];
    const span = { first: problems[0]!.first_month, last: problems[0]!.last_month };
    const listed: LedgerImportProblem[] = problems.map((p) => ({
      kind: p.kind,
      file: basename(request.files[p.tbl]),
      row: Number(p.source_row),
      column: p.col,
      columnNumber: null,
      value: p.value,
      ...describeProblem(p.kind, p.col, span),
    }));
    throw new LedgerImportError(listed, Number(problems[0]!.total));
  }
  progress('deriving the ledger as the queries read it');
  const counts = (
    await connection.runAndReadAll(`SELECT
      (SELECT count(*) FROM next_employer) AS employers,
      (SELECT count(*) FROM next_due_row) AS dues,
      (SELECT count(*) FROM next_payment_row) AS payments,
      (SELECT strftime(min(month), '%Y-%m') FROM next_due_row) AS first_month,
      (SELECT strftime(max(month), '%Y-%m') FROM next_due_row) AS last_month`)
  ).getRowObjectsJS()[0]!;
  if (counts['first_month'] === null) {
    throw new LedgerImportError([
      fileProblem('NO_DUES', basename(request.files.dues), null, {
        message: 'the ledger has no dues',
        messageVi: 'sổ theo dõi không có khoản phải đóng nào',
        fix: 'Give at least one month of dues.',
        fixVi: 'Gửi số phải đóng của ít nhất một tháng.',
      }),
    ]);
  }
  await runScript(connection, stageSql);
  progress('writing');
  const committed = await db.transactionOn(connection, async () => {
    // Checked again as the only writer: the same files sent twice at once are stored once.
    const already = await alreadyImported(connection, hash);
    if (already) return already;
    const id = Number((await connection.runAndReadAll("SELECT nextval('ledger_import_id')")).getRowsJS()[0]![0]);
    await runScript(connection, commitSql, { importId: id });
    await connection.run(
      `INSERT INTO ledger_import (id, source, content_hash, imported_at, imported_by, synthetic, employers, dues,
        payments, first_month, last_month)
       VALUES ($id, $source, $hash, current_timestamp, $by, $synthetic, $employers, $dues,
        $payments, (SELECT first_month FROM next_bounds), (SELECT last_month FROM next_bounds))`,
      {
        id,
        source: Object.values(request.files).join(', '),
        hash,
        by: request.importedBy,
        synthetic: request.synthetic,
        employers: counts['employers'] as bigint,
        dues: counts['dues'] as bigint,
        payments: counts['payments'] as bigint,
      },
    );
    if (request.audit)
      await AuditRepository.appendOn(connection, {
        ...request.audit,
        target: `ledger import ${id}`,
        detail: {
          ...request.audit.detail,
          employers: Number(counts['employers']),
          dues: Number(counts['dues']),
          payments: Number(counts['payments']),
          synthetic: request.synthetic,
        },
      });
    return id;
  });
  if (typeof committed !== 'number') return committed;
  const importId = committed;
  return {
    importId,
    alreadyImported: false,
    employers: Number(counts['employers']),
    dues: Number(counts['dues']),
    payments: Number(counts['payments']),
    firstMonth: String(counts['first_month']),
    lastMonth: String(counts['last_month']),
  };
}
