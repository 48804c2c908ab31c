import { fileURLToPath } from 'node:url';
import { IMPORT_ACTUALS_USAGE, importActualsCommand } from './commands/import-actuals.command';
import { IMPORT_PLAN_USAGE, importPlanCommand, type Output } from './commands/import-plan.command';
import {
  GENERATE_LEDGER_USAGE,
  IMPORT_LEDGER_USAGE,
  generateLedgerCommand,
  importLedgerCommand,
} from './commands/ledger.commands';
import { PUBLISH_USAGE, publishCommand } from './commands/publish.command';
import { TOKEN_USAGE, tokenCommand } from './commands/token.commands';
import { USER_USAGE, userCommand } from './commands/user.commands';

// apps/cli/dist/main.js and apps/cli/src/main.ts both sit three levels below the repository root.
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const USAGE = `BHXH Scorecard command line

Commands:
  import-plan <file…>     import a plan's published tables (text, XLSX, CSV) as a new plan version
  import-actuals <file…>  import provinces' reported actuals (CSV, XLSX, Parquet, Arrow IPC)
  generate-ledger         write a synthetic national contribution ledger (Parquet)
  import-ledger <dir>     replace the contribution ledger (Parquet, CSV, Arrow IPC)
  token create|revoke|list  API tokens for scripts and analysts
  user add|reset|list       accounts of the web app and their one-time sign-in links
  publish --out <file>      a consistent copy for read-only servers (SCORECARD_READ_ONLY=on)

${IMPORT_PLAN_USAGE}

${IMPORT_ACTUALS_USAGE}

${GENERATE_LEDGER_USAGE}

${IMPORT_LEDGER_USAGE}

${TOKEN_USAGE}

${USER_USAGE}

${PUBLISH_USAGE}`;

const CONSOLE: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Runs one command and returns its exit code. */
export async function run(argv: readonly string[], output: Output = CONSOLE): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'import-plan':
      return importPlanCommand(rest, REPO_ROOT, output);
    case 'import-actuals':
      return importActualsCommand(rest, REPO_ROOT, output);
    case 'generate-ledger':
      return generateLedgerCommand(rest, REPO_ROOT, output);
    case 'import-ledger':
      return importLedgerCommand(rest, REPO_ROOT, output);
    case 'token':
      return tokenCommand(rest, REPO_ROOT, output);
    case 'user':
      return userCommand(rest, REPO_ROOT, output);
    case 'publish':
      return publishCommand(rest, REPO_ROOT, output);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      output.out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      output.err(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}
