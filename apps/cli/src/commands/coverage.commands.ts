import { join } from 'node:path';
import type { Command } from 'commander';
import { auditEvent } from '@scorecard/access';
import {
  CoverageImportError,
  importCoverageFiles,
  loadReferenceData,
  type CoverageImportAnswer,
  type ImportProblem,
} from '@scorecard/ingest';
import { cliActor } from '../config/cli-actor';
import { formatRefusedImport } from '../output/import-problems.report';
import { databaseOption, prose, type CommandContext } from './command-context';
import { openDatabaseForCommand } from './open-database';
import { readCommandFiles } from './read-files';

// scorecard coverage import: the denominators and participants of coverage (docs/coverage.md), imported as
// headquarters' data officer (cli-actor.ts) with the API's rules.

const COLUMNS = `
Columns (English or Vietnamese names): unit_set (vn63-2004 or vn34-2025),
province_code, province_name (optional, checked against the code), year,
labour_force (working-age labour force), population, si_participants,
hi_participants (persons; an empty cell is a number the source does not give),
synthetic (true/false, optional), source (the document the numbers come from).
Every unit of a unit set needs one row per year.`;

const EXIT_CODES = `
Exit code: 0 imported or unchanged, 1 refused (nothing written), 2 wrong usage,
3 the database could not be used.`;

type ImportOptions = { db?: string; json?: boolean };

const where = (p: ImportProblem) =>
  [p.file, p.row === null ? null : `row ${p.row}`, p.column].filter((part) => part !== null).join(', ');

export function registerCoverageCommands(program: Command, context: CommandContext): void {
  const coverage = program.command('coverage').summary('coverage tables: labour force, population and participants');
  coverage
    .command('import')
    .summary('import coverage tables (CSV, XLSX): labour force, population, participants')
    .description(
      prose(`
Imports coverage tables: per unit set, year and unit, the working-age labour force, the population and the
participants in social and health insurance. Each unit set and year of the files becomes the table in force (the
earlier one stays stored); the same numbers again change nothing. A file with any problem is refused whole, every
problem listed with file, row, column, value and fix. More participants than their denominator is stored and
printed as a warning.`),
    )
    .argument('<file...>', 'the tables (CSV or XLSX)')
    .addOption(databaseOption())
    .option('--json', 'print the result (or the problems) as JSON')
    .addHelpText('after', COLUMNS + EXIT_CODES)
    .action(async (paths: string[], options: ImportOptions) =>
      context.exit(await importCoverage(paths, options, context)),
    );
}

async function importCoverage(
  paths: string[],
  options: ImportOptions,
  { repoRoot, output }: CommandContext,
): Promise<number> {
  const files = await readCommandFiles(paths, output);
  if (files === null) return 1;
  const db = await openDatabaseForCommand(repoRoot, options.db, output);
  if (db === 3) return 3;
  try {
    await loadReferenceData(db, join(repoRoot, 'data'));
    const actor = cliActor();
    const answer = await importCoverageFiles(db, files, {
      importedBy: actor.principal.name,
      audit: auditEvent(actor, 'coverage.import', `coverage ${paths.join(', ')}`, { files: paths }),
    });
    if (options.json) output.out(JSON.stringify({ status: 'imported', ...answer }, null, 2));
    else {
      output.out(summary(answer));
      for (const warning of answer.warnings) output.err(`warning: ${where(warning)}: ${warning.message}`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof CoverageImportError)) throw error;
    if (options.json)
      output.out(
        JSON.stringify({ status: 'refused', problemCount: error.problemCount, problems: error.problems }, null, 2),
      );
    else output.err(formatRefusedImport(error.problems, where));
    return 1;
  } finally {
    db.close();
  }
}

function summary(answer: CoverageImportAnswer): string {
  return answer.tables
    .map((table) => {
      const what = `the ${table.year} table of ${table.unitSet} (${table.units} units${table.synthetic ? ', synthetic' : ''})`;
      return table.outcome === 'STORED'
        ? `Stored ${what} from ${table.file}: it is the table in force.`
        : `Unchanged: ${what} is in force with the same numbers.`;
    })
    .join('\n');
}
