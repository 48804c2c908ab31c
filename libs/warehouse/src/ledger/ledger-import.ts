import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { WarehouseDatabase } from '../connection/warehouse-database';
import { runScript } from '../connection/sql-script';
import problemsSql from '../queries/ledger-problems.sql?raw';
import stageSql from '../queries/ledger-stage.sql?raw';
import commitSql from '../queries/ledger-commit.sql?raw';
import { LedgerImportError, type LedgerImportProblem } from './ledger-import.errors';
import { stageLedgerFile, type LedgerTable } from './ledger-source';
import { AuditRepository, type AuditEventInput } from '../repositories/audit.repository';

// A ledger import replaces the whole ledger: the files are staged, checked (any problem refuses the import,
// listing the first 50), read in bulk by DuckDB into temporary tables with the derived ledger_month (in memory,
// never in the database file), then swapped in by one transaction. A failure or a kill at any point leaves the
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

const PROBLEM_TEXT: Record<string, { message: string; fix: string }> = {
  EMPTY: { message: 'the cell is empty', fix: 'Fill in the cell or delete the row.' },
  DUPLICATE_EMPLOYER: {
    message: 'the employer id is given twice',
    fix: 'Give each employer (mã đơn vị) once in the employers file.',
  },
  UNKNOWN_PROVINCE: {
    message: 'not an official province code',
    fix: 'Write the two-digit province code of data/reference/provinces63.csv (e.g. "01").',
  },
  NOT_A_COUNT: { message: 'the number of workers is not a whole number ≥ 0', fix: 'Write a whole number, e.g. 25.' },
  UNKNOWN_EMPLOYER: {
    message: 'the employer is not in the employers file',
    fix: 'Add the employer to the employers file, or correct the id.',
  },
  NOT_A_DATE: { message: 'not a date', fix: 'Write the date as YYYY-MM-DD (a month as its first day: 2023-01-01).' },
  NOT_AN_AMOUNT: {
    message: 'not an amount in whole đồng (dues ≥ 0, payments > 0)',
    fix: 'Write the amount in VND as a whole number without separators, e.g. 12500000.',
  },
  DUPLICATE_DUE: {
    message: 'the employer has two dues for this month',
    fix: 'Give one due per employer and month (add them up).',
  },
};

async function contentHash(files: LedgerFiles): Promise<string> {
  const hash = createHash('sha256');
  for (const table of ['employers', 'dues', 'payments'] as const) {
    hash.update(`${table}\n`);
    for await (const chunk of createReadStream(files[table])) hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

export async function importLedger(db: WarehouseDatabase, request: LedgerImportRequest): Promise<LedgerImportOutcome> {
  const progress = request.progress ?? (() => undefined);
  progress('hashing the files');
  const hash = await contentHash(request.files);
  const latest = await db.all<{ content_hash: string }>(
    'SELECT content_hash FROM ledger_import ORDER BY id DESC LIMIT 1',
  );
  if (latest[0]?.content_hash === hash) {
    const coverage = await db.all<{
      employers: bigint;
      dues: bigint;
      payments: bigint;
      first_month: string;
      last_month: string;
      id: bigint;
    }>(
      "SELECT id, employers, dues, payments, strftime(first_month, '%Y-%m') AS first_month, strftime(last_month, '%Y-%m') AS last_month FROM ledger_import ORDER BY id DESC LIMIT 1",
    );
    const row = coverage[0]!;
    return {
      importId: Number(row.id),
      alreadyImported: true,
      employers: Number(row.employers),
      dues: Number(row.dues),
      payments: Number(row.payments),
      firstMonth: row.first_month,
      lastMonth: row.last_month,
    };
  }
  return db.withConnection(async (connection) => {
    try {
      return await stageAndSwap(db, connection, request, hash, progress);
    } finally {
      await runScript(connection, CLEANUP_SQL);
    }
  });
}

const CLEANUP_SQL = ['employers', 'dues', 'payments']
  .flatMap((table) => [`DROP VIEW IF EXISTS staged_${table};`, `DROP TABLE IF EXISTS arrow_${table};`])
  .concat(
    ['employer', 'due', 'payment', 'bounds', 'month', 'province_month'].map((t) => `DROP TABLE IF EXISTS next_${t};`),
  )
  .join('\n');

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
  progress('checking every row');
  const problems = (await connection.runAndReadAll(problemsSql)).getRowObjectsJS() as {
    tbl: LedgerTable;
    source_row: bigint;
    col: string;
    value: string | null;
    kind: string;
    total: bigint;
  }[];
  if (problems.length > 0) {
    const listed: LedgerImportProblem[] = problems.map((p) => ({
      file: basename(request.files[p.tbl]),
      row: Number(p.source_row),
      column: p.col,
      value: p.value,
      message: PROBLEM_TEXT[p.kind]?.message ?? p.kind,
      fix: PROBLEM_TEXT[p.kind]?.fix ?? 'Correct the cell.',
    }));
    throw new LedgerImportError(listed, Number(problems[0]!.total));
  }
  progress('reading the files and deriving the monthly ledger');
  await runScript(connection, stageSql);
  const counts = (
    await connection.runAndReadAll(`SELECT
      (SELECT count(*) FROM next_employer) AS employers,
      (SELECT count(*) FROM next_due) AS dues,
      (SELECT count(*) FROM next_payment) AS payments,
      (SELECT strftime(min(month), '%Y-%m') FROM next_month) AS first_month,
      (SELECT strftime(max(month), '%Y-%m') FROM next_month) AS last_month`)
  ).getRowObjectsJS()[0]!;
  if (counts['first_month'] === null) {
    throw new LedgerImportError([
      {
        file: basename(request.files.dues),
        row: null,
        column: null,
        value: null,
        message: 'the ledger has no dues',
        fix: 'Give at least one month of dues.',
      },
    ]);
  }
  progress('writing');
  const importId = await db.transactionOn(connection, async () => {
    const id = Number((await connection.runAndReadAll("SELECT nextval('ledger_import_id')")).getRowsJS()[0]![0]);
    await runScript(connection, commitSql, { importId: id });
    await connection.run(
      `INSERT INTO ledger_import VALUES ($id, $source, $hash, current_timestamp, $by, $synthetic, $employers, $dues,
        $payments, (SELECT min(month) FROM next_month), (SELECT max(month) FROM next_month))`,
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
