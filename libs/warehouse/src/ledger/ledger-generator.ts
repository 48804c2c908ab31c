import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { DuckDBInstance, listValue, structValue } from '@duckdb/node-api';
import { runScript } from '../connection/sql-script';
import generateSql from '../queries/ledger-generate.sql?raw';

// Writes a synthetic national contribution ledger as three Parquet files (employers, dues, payments) and a
// manifest saying it is synthetic. Generated inside DuckDB (no row passes through JavaScript), so the national
// size (450,000 employers × 36 months) takes seconds.

export type LedgerGeneratorOptions = {
  employers: number;
  months: number;
  /** First month, YYYY-MM. */
  firstMonth: string;
  /** Provinces and their share of employers (the 2021 revenue quotas). */
  weights: readonly { code: string; weight: number }[];
  outDir: string;
};

export type GeneratedLedger = { dir: string; employers: number; dues: number; payments: number; files: string[] };

export const LEDGER_FILES = {
  employers: 'employers.parquet',
  dues: 'dues.parquet',
  payments: 'payments.parquet',
} as const;

/** Bumped whenever the generator's output changes, so cached ledgers are generated again. */
export const LEDGER_GENERATOR_VERSION = 2;

/** Says where the ledger comes from; `synthetic: true` marks generated data wherever it is shown. */
export const LEDGER_MANIFEST = 'manifest.json';

export async function generateLedger(options: LedgerGeneratorOptions): Promise<GeneratedLedger> {
  if (!Number.isInteger(options.employers) || options.employers < 1)
    throw new RangeError(`employers must be a whole number ≥ 1, got ${options.employers}`);
  if (!Number.isInteger(options.months) || options.months < 1 || options.months > 240)
    throw new RangeError(`months must be a whole number from 1 to 240, got ${options.months}`);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(options.firstMonth))
    throw new RangeError(`the first month is YYYY-MM, got ${options.firstMonth}`);
  if (options.weights.length === 0 || options.weights.some((w) => !(w.weight > 0)))
    throw new RangeError('every province needs a positive weight');
  const dir = resolve(options.outDir);
  mkdirSync(dir, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await runScript(connection, generateSql, {
      employers: options.employers,
      months: options.months,
      firstMonth: `${options.firstMonth}-01`,
      weights: listValue(options.weights.map((w) => structValue({ code: w.code, weight: w.weight }))),
    });
    const copy = async (select: string, file: string) => {
      const path = join(dir, file);
      // The path is bound, never spliced into the statement.
      await connection.run(`COPY (${select}) TO $path (FORMAT parquet, COMPRESSION zstd)`, { path });
      return path;
    };
    const files = [
      await copy(
        'SELECT id AS employer_id, name, province_code AS province, district, ownership, workers FROM gen_employer ORDER BY i',
        LEDGER_FILES.employers,
      ),
      await copy('SELECT employer_id, month, amount FROM gen_due ORDER BY month, employer_id', LEDGER_FILES.dues),
      await copy(
        'SELECT employer_id, paid_on, amount FROM gen_payment ORDER BY paid_on, employer_id',
        LEDGER_FILES.payments,
      ),
    ];
    const count = async (table: string) =>
      Number((await connection.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRowsJS()[0]![0]);
    const generated = {
      dir,
      employers: await count('gen_employer'),
      dues: await count('gen_due'),
      payments: await count('gen_payment'),
      files,
    };
    const parameters = {
      version: LEDGER_GENERATOR_VERSION,
      employers: options.employers,
      months: options.months,
      firstMonth: options.firstMonth,
    };
    // The SHA-256 of each file, which the import verifies: a byte flipped later is refused, not imported.
    const checksums: Record<string, { sha256: string }> = {};
    for (const path of files) {
      const hash = createHash('sha256');
      for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
      checksums[basename(path)] = { sha256: hash.digest('hex') };
    }
    writeFileSync(
      join(dir, LEDGER_MANIFEST),
      `${JSON.stringify({ synthetic: true, generator: 'scorecard generate-ledger', parameters, rows: { employers: generated.employers, dues: generated.dues, payments: generated.payments }, files: checksums }, null, 2)}\n`,
    );
    return generated;
  } finally {
    connection.disconnectSync();
    instance.closeSync();
  }
}
