import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { NATIONAL_LEDGER_EMPLOYERS, SAMPLE_LEDGER, loadReferenceData, revenueQuotaWeights } from '@scorecard/ingest';
import {
  type LEDGER_FILES,
  LEDGER_MANIFEST,
  LedgerImportError,
  generateLedger,
  importLedger,
  type LedgerFiles,
} from '@scorecard/warehouse';
import { auditEvent } from '@scorecard/access';
import { cliActor } from '../config/cli-actor';
import { openDatabaseForCommand } from './open-database';
import { formatNumber } from '../output/number-format';
import type { Output } from './import-plan.command';

export const GENERATE_LEDGER_USAGE = `Usage: scorecard generate-ledger --out <dir> [--employers N] [--months M] [--from YYYY-MM]

Writes a deterministic synthetic contribution ledger (employers.parquet, dues.parquet, payments.parquet and a
manifest marking it synthetic), employers spread over the provinces in proportion to their 2021 revenue quotas.

  --out <dir>      directory to write (created if needed)
  --employers N    default ${NATIONAL_LEDGER_EMPLOYERS} (the size of the country)
  --months M       default ${SAMPLE_LEDGER.months}
  --from YYYY-MM   first month, default ${SAMPLE_LEDGER.firstMonth}`;

export const IMPORT_LEDGER_USAGE = `Usage: scorecard import-ledger <dir> [--db <path>] [--json]
       scorecard import-ledger --employers <file> --dues <file> --payments <file> [--db <path>] …

Replaces the contribution ledger with the files (Parquet, CSV or Arrow IPC), in one transaction: a refused or
interrupted import leaves the ledger as it was. A directory holds employers.*, dues.* and payments.*; a
manifest.json with "synthetic": true marks generated data.
  employers: employer_id, name, province (two-digit code), district, ownership, workers
  dues:      employer_id, month (first day of the month), amount (VND, whole)
  payments:  employer_id, paid_on, amount (VND, whole, > 0)

Every row is checked before anything is written: a refusal lists the first 200 problems (with the total), each
with file, row, column, value, kind and fix; --json prints it as {"status": "refused", "total", "problems"}.

Exit code: 0 imported or unchanged, 1 refused, 2 wrong usage, 3 the database could not be used, 4 the import
failed for another reason (nothing was written).`;

function parse(
  argv: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
  usage: string,
  output: Output,
) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options });
  } catch (error) {
    output.err(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return null;
  }
}

function wholeNumber(text: string | undefined, fallback: number): number | null {
  if (text === undefined) return fallback;
  return /^\d+$/.test(text) ? Number(text) : null;
}

export async function generateLedgerCommand(
  argv: readonly string[],
  repoRoot: string,
  output: Output,
): Promise<number> {
  const parsed = parse(
    argv,
    {
      out: { type: 'string' },
      employers: { type: 'string' },
      months: { type: 'string' },
      from: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    GENERATE_LEDGER_USAGE,
    output,
  );
  if (!parsed) return 2;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values['help']) {
    output.out(GENERATE_LEDGER_USAGE);
    return 0;
  }
  const employers = wholeNumber(values['employers'] as string | undefined, NATIONAL_LEDGER_EMPLOYERS);
  const months = wholeNumber(values['months'] as string | undefined, SAMPLE_LEDGER.months);
  const from = (values['from'] as string | undefined) ?? SAMPLE_LEDGER.firstMonth;
  const out = values['out'] as string | undefined;
  const problems = [
    ...(out ? [] : ['--out <dir> is required']),
    ...(employers === null || employers < 1 ? ['--employers must be a whole number ≥ 1'] : []),
    ...(months === null || months < 1 || months > 240 ? ['--months must be a whole number from 1 to 240'] : []),
    ...(/^\d{4}-(0[1-9]|1[0-2])$/.test(from) ? [] : ['--from must be a month YYYY-MM']),
  ];
  if (problems.length > 0 || !out || employers === null || months === null) {
    output.err(`${problems.join('\n')}\n\n${GENERATE_LEDGER_USAGE}`);
    return 2;
  }
  const started = Date.now();
  const generated = await generateLedger({
    employers,
    months,
    firstMonth: from,
    weights: await revenueQuotaWeights(join(repoRoot, 'data')),
    outDir: resolve(process.cwd(), out),
  });
  output.out(
    `Synthetic ledger written to ${generated.dir}: ${formatNumber(generated.employers)} employers, ${formatNumber(generated.dues)} monthly dues, ${formatNumber(generated.payments)} payments (${((Date.now() - started) / 1000).toFixed(1)} s).`,
  );
  return 0;
}

function ledgerFilesIn(dir: string): LedgerFiles | string {
  const pick = (table: keyof typeof LEDGER_FILES) => {
    for (const extension of ['parquet', 'csv', 'arrow']) {
      const path = join(dir, `${table}.${extension}`);
      if (existsSync(path)) return path;
    }
    return null;
  };
  const files = { employers: pick('employers'), dues: pick('dues'), payments: pick('payments') };
  const missing = Object.entries(files).filter(([, path]) => path === null);
  if (missing.length > 0) return `${dir} has no ${missing.map(([table]) => `${table}.parquet/.csv/.arrow`).join(', ')}`;
  return files as LedgerFiles;
}

export async function importLedgerCommand(argv: readonly string[], repoRoot: string, output: Output): Promise<number> {
  const parsed = parse(
    argv,
    {
      employers: { type: 'string' },
      dues: { type: 'string' },
      payments: { type: 'string' },
      db: { type: 'string' },
      by: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    IMPORT_LEDGER_USAGE,
    output,
  );
  if (!parsed) return 2;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values['help']) {
    output.out(IMPORT_LEDGER_USAGE);
    return 0;
  }
  const [dir] = parsed.positionals;
  let files: LedgerFiles;
  let synthetic = false;
  if (dir !== undefined) {
    const absolute = resolve(process.cwd(), dir);
    if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
      output.err(`${dir} is not a directory.\n\n${IMPORT_LEDGER_USAGE}`);
      return 2;
    }
    const found = ledgerFilesIn(absolute);
    if (typeof found === 'string') {
      output.err(`${found}.\n\n${IMPORT_LEDGER_USAGE}`);
      return 2;
    }
    files = found;
    const manifest = join(absolute, LEDGER_MANIFEST);
    try {
      synthetic =
        existsSync(manifest) &&
        (JSON.parse(readFileSync(manifest, 'utf8')) as { synthetic?: boolean } | null)?.synthetic === true;
    } catch (error) {
      output.err(`${manifest} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
      return 2;
    }
  } else if (values['employers'] && values['dues'] && values['payments']) {
    files = {
      employers: resolve(process.cwd(), values['employers'] as string),
      dues: resolve(process.cwd(), values['dues'] as string),
      payments: resolve(process.cwd(), values['payments'] as string),
    };
  } else {
    output.err(`Name a ledger directory, or --employers, --dues and --payments.\n\n${IMPORT_LEDGER_USAGE}`);
    return 2;
  }
  const db = await openDatabaseForCommand(repoRoot, values['db'] as string | undefined, output);
  if (db === 3) return 3;
  const json = values['json'] === true;
  try {
    await loadReferenceData(db, join(repoRoot, 'data'));
    const started = Date.now();
    const outcome = await importLedger(db, {
      files,
      importedBy: cliActor().principal.name,
      synthetic,
      audit: auditEvent(cliActor(), 'ledger.import', null),
      progress: json ? undefined : (step) => output.err(`… ${step} (${((Date.now() - started) / 1000).toFixed(1)} s)`),
    });
    const seconds = (Date.now() - started) / 1000;
    // The process's peak resident memory (maxRSS is in kilobytes), for the bench.
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    if (json) output.out(JSON.stringify({ status: 'imported', ...outcome, seconds, peakRssMb }, null, 2));
    else if (outcome.alreadyImported) output.out('This ledger was imported before; nothing changed.');
    else
      output.out(
        `Ledger imported: ${formatNumber(outcome.employers)} employers, ${formatNumber(outcome.dues)} monthly dues, ${formatNumber(outcome.payments)} payments, ${outcome.firstMonth} to ${outcome.lastMonth}${synthetic ? ' (synthetic)' : ''} in ${seconds.toFixed(1)} s.`,
      );
    return 0;
  } catch (error) {
    if (error instanceof LedgerImportError) {
      if (json)
        output.out(JSON.stringify({ status: 'refused', total: error.total, problems: error.problems }, null, 2));
      else output.err(`Import refused; nothing was written.\n${error.message}`);
      return 1;
    }
    // Never a stack trace: say what failed, in the form asked for.
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    if (json) output.out(JSON.stringify({ status: 'failed', message }, null, 2));
    else output.err(`The import failed; nothing was written.\n${message}`);
    return 4;
  } finally {
    db.close();
  }
}
