import { join } from 'node:path';
import type { Command } from 'commander';
import { PlanImportError, importPlanFiles, loadReferenceData, readPlanSourcePaths } from '@scorecard/ingest';
import { cliActor } from '../config/cli-actor';
import { formatImportOutcome, formatProblems } from '../output/plan-import.report';
import { databaseOption, prose, type CommandContext, type Output } from './command-context';
import { openDatabaseForCommand } from './open-database';

const EXIT_CODES = `
Exit code: 0 imported or unchanged, 1 refused, 2 wrong usage, 3 the database
could not be used.`;

type ImportPlanOptions = { plan?: string; db?: string; json?: boolean; dryRun?: boolean };

export function registerImportPlan(program: Command, context: CommandContext): void {
  program
    .command('import-plan')
    .summary("import a plan's published tables (text, XLSX, CSV) as a new plan version")
    .description(
      prose(`
Imports a plan's published tables (text .txt, workbook .xlsx, long .csv; a directory stands for its
manifest.json and tables). With --plan the tables become a new version of that plan (tables not given are
kept from the latest version); without it, a manifest.json must describe the plan. Prints the
reconciliation report, or every problem with its file, line, column, value and fix.`),
    )
    .argument('<path...>', 'files of the tables to import, or a directory with a manifest.json')
    .option('--plan <id>', 'plan to add a version to')
    .addOption(databaseOption())
    .option('--json', 'print the report (or the problems) as JSON')
    .option('--dry-run', 'check and reconcile only; store nothing')
    .addHelpText('after', EXIT_CODES)
    .action(async (paths: string[], options: ImportPlanOptions) =>
      context.exit(await importPlan(paths, options, context)),
    );
}

async function importPlan(paths: string[], options: ImportPlanOptions, context: CommandContext): Promise<number> {
  const { output, repoRoot } = context;
  const json = options.json === true;
  const progress = (message: string) => {
    if (!json) output.err(message);
  };

  const read = await readPlanSourcePaths(paths, progress);
  if (read.problems.length > 0) return refuse(read.problems, json, output);

  const db = await openDatabaseForCommand(repoRoot, options.db, output);
  if (db === 3) return 3;
  try {
    await loadReferenceData(db, join(repoRoot, 'data'));
    const outcome = await importPlanFiles(db, {
      files: read.files,
      planId: options.plan ?? null,
      importedBy: cliActor().principal.name,
      audit: { role: 'data-officer', via: 'cli', origin: cliActor().origin },
      dryRun: options.dryRun === true,
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
