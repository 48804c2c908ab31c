import { join } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { auditEvent } from '@scorecard/access';
import { isIsoDate, todayInVietnam, type ComplianceListKind, type IsoDate } from '@scorecard/domain';
import {
  ComplianceImportError,
  importComplianceList,
  importComplianceSteps,
  loadReferenceData,
  type ComplianceImporter,
  type ComplianceSourceFile,
} from '@scorecard/ingest';
import type { WarehouseDatabase } from '@scorecard/warehouse';
import { cliActor } from '../config/cli-actor';
import { formatRefusedImport } from '../output/import-problems.report';
import { databaseOption, prose, usageError, type CommandContext } from './command-context';
import { openDatabaseForCommand } from './open-database';
import { readCommandFiles } from './read-files';

// scorecard compliance import-list | import-steps: the files of the employer compliance workflow
// (docs/compliance.md), imported as headquarters' data officer (cli-actor.ts) with the API's rules.

const EXIT_CODES = `
Exit code: 0 imported, 1 refused (nothing written), 2 wrong usage, 3 the
database could not be used.`;

const LIST_COLUMNS = `
Columns (Vietnamese or English names): tax_code (Mã số thuế), name (Tên đơn vị),
address (Địa chỉ, optional), province (Tỉnh: code or name), district (Quận/huyện,
optional), workers (Số lao động), wage_fund (Quỹ lương, VND, optional).`;

const STEP_COLUMNS = `
Columns: case (Số hồ sơ) or tax_code (Mã số thuế, its open case), step (a step
code such as NOTICE_SENT, a form such as 04-KT, or an outcome such as REGISTERED),
date, document (optional), workers_registered and contribution_recovered (on
outcomes). Rows of one case go in the order done.`;

const KINDS: Record<string, ComplianceListKind> = {
  'not-participating': 'NOT_PARTICIPATING',
  'not-fully': 'NOT_FULLY_PARTICIPATING',
};

type ListOptions = { kind: ComplianceListKind; received: IsoDate; entered?: IsoDate; db?: string; json?: boolean };
type StepsOptions = { db?: string; json?: boolean };

function dateArgument(text: string): IsoDate {
  if (isIsoDate(text)) return text;
  throw new InvalidArgumentError('Give a date as YYYY-MM-DD, e.g. 2024-01-08.');
}

export function registerComplianceCommands(program: Command, context: CommandContext): void {
  const compliance = program
    .command('compliance')
    .summary('import the lists and steps of the employer compliance workflow');
  compliance
    .command('import-list')
    .summary('import a list of employers from the tax authority (02a-KT, 03a-KT)')
    .description(
      prose(`
Imports a list of employers not participating (02a-KT) or not fully participating (03a-KT) in compulsory
insurance, as the tax authority or business registration sent it (CSV or XLSX). Each employer continues its open
case or opens one, entered on --entered. A file with any problem, or a list imported before, is refused whole.`),
    )
    .argument('<file...>', 'the list (CSV or XLSX)')
    .addOption(
      new Option('--kind <kind>', 'which list')
        .choices(Object.keys(KINDS))
        .makeOptionMandatory()
        .argParser((value) => KINDS[value]!),
    )
    .requiredOption('--received <date>', 'the day the list was received (YYYY-MM-DD)', dateArgument)
    .option('--entered <date>', 'the day it was entered in the software (default: today)', dateArgument)
    .addOption(databaseOption())
    .option('--json', 'print the result (or the problems) as JSON')
    .addHelpText('after', LIST_COLUMNS + EXIT_CODES)
    .action(async (paths: string[], options: ListOptions, command: Command) => {
      const entered = options.entered ?? todayInVietnam();
      if (options.received > todayInVietnam() || entered > todayInVietnam() || entered < options.received)
        usageError(
          command,
          `--received (${options.received}) and --entered (${entered}) must be on or before today, and --entered on or after --received.`,
        );
      context.exit(
        await run(paths, options, context, (db, files, importer) =>
          importComplianceList(
            db,
            { files, kind: options.kind, receivedOn: options.received, enteredOn: entered },
            importer,
          ).then((answer) => ({
            summary: `Stored ${answer.rows} employer(s): ${answer.casesOpened.length} case(s) opened, ${answer.casesContinued.length} continued.`,
            answer,
          })),
        ),
      );
    });
  compliance
    .command('import-steps')
    .summary('record steps and outcomes of compliance cases from a file')
    .description(
      prose(`
Records steps and outcomes of compliance cases in bulk (CSV or XLSX), in file order, each checked against its case
as the rows before it left it. All or nothing.`),
    )
    .argument('<file...>', 'the files (CSV or XLSX)')
    .addOption(databaseOption())
    .option('--json', 'print the result (or the problems) as JSON')
    .addHelpText('after', STEP_COLUMNS + EXIT_CODES)
    .action(async (paths: string[], options: StepsOptions) =>
      context.exit(
        await run(paths, options, context, (db, files, importer) =>
          importComplianceSteps(db, { files, today: todayInVietnam() }, importer).then((answer) => ({
            summary: `Recorded ${answer.steps} step(s) and ${answer.outcomes} outcome(s) on ${answer.cases} case(s).`,
            answer,
          })),
        ),
      ),
    );
}

async function run(
  paths: string[],
  options: { db?: string; json?: boolean },
  { repoRoot, output }: CommandContext,
  work: (
    db: WarehouseDatabase,
    files: ComplianceSourceFile[],
    importer: ComplianceImporter,
  ) => Promise<{ summary: string; answer: object }>,
): Promise<number> {
  const files = await readCommandFiles(paths, output);
  if (files === null) return 1;
  const db = await openDatabaseForCommand(repoRoot, options.db, output);
  if (db === 3) return 3;
  try {
    await loadReferenceData(db, join(repoRoot, 'data'));
    const actor = cliActor();
    const importer = {
      principal: actor.principal,
      audit: (target: string, detail: Record<string, unknown>) =>
        auditEvent(actor, 'compliance.record', target, detail),
    };
    const { summary, answer } = await work(db, files, importer);
    output.out(options.json ? JSON.stringify({ status: 'imported', ...answer }, null, 2) : summary);
    return 0;
  } catch (error) {
    if (!(error instanceof ComplianceImportError)) throw error;
    if (options.json)
      output.out(
        JSON.stringify({ status: 'refused', problemCount: error.problemCount, problems: error.problems }, null, 2),
      );
    else
      output.err(
        formatRefusedImport(error.problems, (p) =>
          [p.file, p.row === null ? null : `row ${p.row}`, p.column].filter((part) => part !== null).join(', '),
        ),
      );
    return 1;
  } finally {
    db.close();
  }
}
