import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
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
import { databaseOption, prose, usageError, type CommandContext } from './command-context';

const IMPORT_LEDGER_AFTER = `
Columns:
  employers  employer_id, name, province (two-digit code), district,
             ownership, workers
  dues       employer_id, month (first day of the month), amount (VND, whole)
  payments   employer_id, paid_on, amount (VND, whole, > 0)

Exit code: 0 imported or unchanged, 1 refused, 2 wrong usage, 3 the database
could not be used, 4 the import failed for another reason (nothing written).`;

type GenerateLedgerOptions = { out: string; employers: number; months: number; from: string };

type ImportLedgerOptions = { employers?: string; dues?: string; payments?: string; db?: string; json?: boolean };

/** A whole number from min (to max), or commander's error naming the option, the value and this fix. */
function wholeNumber(min: number, max = Number.POSITIVE_INFINITY) {
  return (text: string): number => {
    if (/^\d+$/.test(text) && Number(text) >= min && Number(text) <= max) return Number(text);
    throw new InvalidArgumentError(
      max === Number.POSITIVE_INFINITY ? `Give a whole number ≥ ${min}.` : `Give a whole number from ${min} to ${max}.`,
    );
  };
}

function month(text: string): string {
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return text;
  throw new InvalidArgumentError('Give a month as YYYY-MM, e.g. 2021-01.');
}

export function registerLedgerCommands(program: Command, context: CommandContext): void {
  program
    .command('generate-ledger')
    .summary('write a synthetic national contribution ledger (Parquet)')
    .description(
      prose(`
Writes a deterministic synthetic contribution ledger (employers.parquet, dues.parquet, payments.parquet and a
manifest marking it synthetic), employers spread over the provinces in proportion to their 2021 revenue quotas.`),
    )
    .requiredOption('--out <dir>', 'directory to write (created if needed)')
    .option(
      '--employers <n>',
      'employers to generate; the default is the size of the country',
      wholeNumber(1),
      NATIONAL_LEDGER_EMPLOYERS,
    )
    .option('--months <m>', 'months of dues and payments', wholeNumber(1, 240), SAMPLE_LEDGER.months)
    .option('--from <YYYY-MM>', 'first month', month, SAMPLE_LEDGER.firstMonth)
    .action(async (options: GenerateLedgerOptions) => context.exit(await generate(options, context)));

  program
    .command('import-ledger')
    .summary('replace the contribution ledger (Parquet, CSV, Arrow IPC)')
    .description(
      prose(`
Replaces the contribution ledger with the files (Parquet, CSV or Arrow IPC), in one transaction: a refused or
interrupted import leaves the ledger as it was. A directory holds employers.*, dues.* and payments.*; a
manifest.json with "synthetic": true marks generated data.

Every row is checked before anything is written: a refusal lists the first 200 problems (with the total), each
with file, row, column, value, kind and fix; --json prints it as {"status": "refused", "total", "problems"}.`),
    )
    .argument('[dir]', 'a directory holding employers.*, dues.* and payments.*')
    .option('--employers <file>', 'the employers file (instead of a directory, with --dues and --payments)')
    .option('--dues <file>', 'the dues file')
    .option('--payments <file>', 'the payments file')
    .addOption(databaseOption())
    .option('--json', 'print the outcome (or the refusal) as JSON')
    .addHelpText('after', IMPORT_LEDGER_AFTER)
    .action(async (dir: string | undefined, options: ImportLedgerOptions, command: Command) =>
      context.exit(await importLedgerFiles(dir, options, command, context)),
    );
}

async function generate(options: GenerateLedgerOptions, { repoRoot, output }: CommandContext): Promise<number> {
  const { employers, months, from, out } = options;
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

async function importLedgerFiles(
  dir: string | undefined,
  options: ImportLedgerOptions,
  command: Command,
  { repoRoot, output }: CommandContext,
): Promise<number> {
  let files: LedgerFiles;
  let synthetic = false;
  if (dir !== undefined) {
    const absolute = resolve(process.cwd(), dir);
    if (!existsSync(absolute) || !statSync(absolute).isDirectory()) usageError(command, `${dir} is not a directory.`);
    const found = ledgerFilesIn(absolute);
    if (typeof found === 'string') usageError(command, `${found}.`);
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
  } else if (options.employers && options.dues && options.payments) {
    files = {
      employers: resolve(process.cwd(), options.employers),
      dues: resolve(process.cwd(), options.dues),
      payments: resolve(process.cwd(), options.payments),
    };
  } else usageError(command, 'Name a ledger directory, or --employers, --dues and --payments.');
  const db = await openDatabaseForCommand(repoRoot, options.db, output);
  if (db === 3) return 3;
  const json = options.json === true;
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
