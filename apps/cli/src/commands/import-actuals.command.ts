import { join } from 'node:path';
import type { Command } from 'commander';
import { ActualImportError, importActualFiles, loadReferenceData, type ActualSourceFile } from '@scorecard/ingest';
import { PlanRepository, type WarehouseDatabase } from '@scorecard/warehouse';
import { cliActor } from '../config/cli-actor';
import { formatActualImport, formatActualProblems } from '../output/actual-import.report';
import { databaseOption, prose, type CommandContext } from './command-context';
import { openDatabaseForCommand } from './open-database';
import { readCommandFiles } from './read-files';

const EXIT_CODES = `
Exit code: 0 imported or unchanged, 1 refused, 2 wrong usage, 3 the database
could not be used.`;

type ImportActualsOptions = { plan?: string; db?: string; json?: boolean };

export function registerImportActuals(program: Command, context: CommandContext): void {
  program
    .command('import-actuals')
    .summary("import provinces' reported actuals (CSV, XLSX, Parquet, Arrow IPC)")
    .description(
      prose(`
Imports provinces' reported actuals in long form (CSV, XLSX, Parquet, Arrow IPC): columns province (code or
name), metric, report_date, value (cumulative since the start of the plan period), optional submitted_at.
A later submission for the same province, metric and report date is a revision; the same file again changes
nothing. Hard errors refuse the whole import with every problem listed; suspicious figures are stored and
listed as data-quality warnings.`),
    )
    .argument('<file...>', 'the files to import')
    .option('--plan <id>', 'the plan the actuals report against (default: the only plan in the database)')
    .addOption(databaseOption())
    .option('--json', 'print the result (or the problems) as JSON')
    .addHelpText('after', EXIT_CODES)
    .action(async (paths: string[], options: ImportActualsOptions) =>
      context.exit(await importActuals(paths, options, context)),
    );
}

async function importActuals(
  paths: string[],
  options: ImportActualsOptions,
  { repoRoot, output }: CommandContext,
): Promise<number> {
  const files: ActualSourceFile[] | null = await readCommandFiles(paths, output, !options.json);
  if (files === null) return 1;
  const db = await openDatabaseForCommand(repoRoot, options.db, output);
  if (db === 3) return 3;
  try {
    await loadReferenceData(db, join(repoRoot, 'data'));
    const planId = options.plan ?? (await onlyPlan(db));
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
    output.out(
      options.json ? JSON.stringify({ status: 'imported', ...outcome }, null, 2) : formatActualImport(outcome),
    );
    return 0;
  } catch (error) {
    if (error instanceof ActualImportError) {
      if (options.json) {
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
