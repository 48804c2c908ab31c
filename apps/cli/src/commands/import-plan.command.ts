import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PlanImportError, importPlanFiles, loadReferenceData, readPlanSourcePaths } from '@scorecard/ingest';
import { cliActor } from '../config/cli-actor';
import { formatImportOutcome, formatProblems } from '../output/plan-import.report';
import { openDatabaseForCommand } from './open-database';

export const IMPORT_PLAN_USAGE = `Usage: scorecard import-plan <file or directory…> [--plan <id>] [--db <path>] [--json] [--dry-run] [--by <name>]

Imports a plan's published tables (text .txt, workbook .xlsx, long .csv; a directory stands for its
manifest.json and tables). With --plan the tables become a new version of that plan (tables not given are
kept from the latest version); without it, a manifest.json must describe the plan. Prints the
reconciliation report, or every problem with its file, line, column, value and fix.

  --plan <id>   plan to add a version to
  --db <path>   DuckDB file (default: SCORECARD_DB, else data/scorecard.duckdb of this repository)
  --json        print the report (or the problems) as JSON
  --dry-run     check and reconcile only; store nothing

Exit code: 0 imported or unchanged, 1 refused, 2 wrong usage, 3 the database could not be used.`;

export type Output = { out: (text: string) => void; err: (text: string) => void };

export async function importPlanCommand(argv: readonly string[], repoRoot: string, output: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        plan: { type: 'string' },
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    output.err(`${error instanceof Error ? error.message : String(error)}\n\n${IMPORT_PLAN_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    output.out(IMPORT_PLAN_USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    output.err(`Name at least one file or directory to import.\n\n${IMPORT_PLAN_USAGE}`);
    return 2;
  }
  const json = values.json;
  const progress = (message: string) => {
    if (!json) output.err(message);
  };

  const read = await readPlanSourcePaths(positionals, progress);
  if (read.problems.length > 0) return refuse(read.problems, json, output);

  const db = await openDatabaseForCommand(repoRoot, values.db, output);
  if (db === 3) return 3;
  try {
    await loadReferenceData(db, join(repoRoot, 'data'));
    const outcome = await importPlanFiles(db, {
      files: read.files,
      planId: values.plan ?? null,
      importedBy: cliActor().principal.name,
      audit: { role: 'data-officer', via: 'cli', origin: cliActor().origin },
      dryRun: values['dry-run'],
    });
    output.out(json ? JSON.stringify({ status: 'imported', ...outcome }, null, 2) : formatImportOutcome(outcome));
    return 0;
  } catch (error) {
    if (error instanceof PlanImportError) return refuse(error.problems, json, output);
    throw error;
  } finally {
    db.close();
  }
}

function refuse(problems: Parameters<typeof formatProblems>[0], json: boolean, output: Output): number {
  if (json) output.out(JSON.stringify({ status: 'refused', problems }, null, 2));
  else output.err(formatProblems(problems));
  return 1;
}
