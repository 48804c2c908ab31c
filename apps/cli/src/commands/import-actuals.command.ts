import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ActualImportError, importActualFiles, loadReferenceData, type ActualSourceFile } from '@scorecard/ingest';
import { PlanRepository, type WarehouseDatabase } from '@scorecard/warehouse';
import { cliActor } from '../config/cli-actor';
import { formatActualImport, formatActualProblems } from '../output/actual-import.report';
import type { Output } from './import-plan.command';
import { openDatabaseForCommand } from './open-database';

export const IMPORT_ACTUALS_USAGE = `Usage: scorecard import-actuals <file…> [--plan <id>] [--db <path>] [--json] [--by <name>]

Imports provinces' reported actuals in long form (CSV, XLSX, Parquet, Arrow IPC): columns province (code or
name), metric, report_date, value (cumulative since the start of the plan period), optional submitted_at.
A later submission for the same province, metric and report date is a revision; the same file again changes
nothing. Hard errors refuse the whole import with every problem listed; suspicious figures are stored and
listed as data-quality warnings.

  --plan <id>   the plan the actuals report against (default: the only plan in the database)
  --db <path>   DuckDB file (default: SCORECARD_DB, else data/scorecard.duckdb of this repository)
  --json        print the result (or the problems) as JSON

Exit code: 0 imported or unchanged, 1 refused, 2 wrong usage, 3 the database could not be used.`;

export async function importActualsCommand(argv: readonly string[], repoRoot: string, output: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        plan: { type: 'string' },
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    output.err(`${error instanceof Error ? error.message : String(error)}\n\n${IMPORT_ACTUALS_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    output.out(IMPORT_ACTUALS_USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    output.err(`Name the files to import.\n\n${IMPORT_ACTUALS_USAGE}`);
    return 2;
  }
  const files: ActualSourceFile[] = [];
  for (const path of positionals) {
    try {
      const bytes = await readFile(path);
      if (!values.json && bytes.length > 1_000_000)
        output.err(`Reading ${path} (${(bytes.length / 1_000_000).toFixed(1)} MB)…`);
      files.push({ name: path, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) });
    } catch (error) {
      output.err(`${path}: cannot be read: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  }
  const db = await openDatabaseForCommand(repoRoot, values.db, output);
  if (db === 3) return 3;
  try {
    await loadReferenceData(db, join(repoRoot, 'data'));
    const planId = values.plan ?? (await onlyPlan(db));
    if (planId === null) {
      const plans = (await new PlanRepository(db).list()).map((plan) => plan.id);
      output.err(
        `Name the plan with --plan: the database holds ${plans.length === 0 ? 'no plan (import one with import-plan)' : plans.join(', ')}.`,
      );
      return 2;
    }
    const outcome = await importActualFiles(db, {
      planId,
      files,
      submitter: cliSubmitter(),
    });
    output.out(values.json ? JSON.stringify({ status: 'imported', ...outcome }, null, 2) : formatActualImport(outcome));
    return 0;
  } catch (error) {
    if (error instanceof ActualImportError) {
      if (values.json) {
        const refused = { status: 'refused', problemCount: error.problemCount, problems: error.problems };
        output.out(JSON.stringify(refused, null, 2));
      } else output.err(formatActualProblems(error.problems));
      return 1;
    }
    throw error;
  } finally {
    db.close();
  }
}

async function onlyPlan(db: WarehouseDatabase): Promise<string | null> {
  const plans = await new PlanRepository(db).list();
  return plans.length === 1 ? plans[0]!.id : null;
}

/** The importer recorded: the operating-system account running the command line (see cli-actor.ts). */
function cliSubmitter() {
  const { principal, origin } = cliActor();
  return { name: principal.name, role: principal.role, via: principal.via, origin };
}
