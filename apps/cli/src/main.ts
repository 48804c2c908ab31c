import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { ConfigError } from '@scorecard/config';
import type { CommandContext, Output } from './commands/command-context';
import { registerComplianceCommands } from './commands/compliance.commands';
import { registerCoverageCommands } from './commands/coverage.commands';
import { registerImportActuals } from './commands/import-actuals.command';
import { registerImportPlan } from './commands/import-plan.command';
import { registerLedgerCommands } from './commands/ledger.commands';
import { registerPublish } from './commands/publish.command';
import { registerTokenCommands } from './commands/token.commands';
import { registerUserCommands } from './commands/user.commands';

// apps/cli/dist/main.js and apps/cli/src/main.ts both sit three levels below the repository root.
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const CONSOLE: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/**
 * The scorecard program: every command with its arguments, options and help, defined once; commander parses the
 * command line and writes the usage from the same definitions.
 */
export function scorecardProgram(context: CommandContext): Command {
  // Commander's texts end with a line break; Output adds its own.
  const write = (to: (text: string) => void) => (text: string) => to(text.replace(/\n$/, ''));
  const program = new Command('scorecard')
    .description(
      'BHXH Scorecard command line: imports, the contribution ledger, API tokens, accounts, published copies',
    )
    // Settings given here are copied to every command defined after them.
    .configureOutput({ writeOut: write(context.output.out), writeErr: write(context.output.err) })
    .exitOverride()
    .showHelpAfterError()
    .addHelpText('after', '\nEach command explains itself: scorecard <command> --help.');
  registerImportPlan(program, context);
  registerImportActuals(program, context);
  registerLedgerCommands(program, context);
  registerComplianceCommands(program, context);
  registerCoverageCommands(program, context);
  registerTokenCommands(program, context);
  registerUserCommands(program, context);
  registerPublish(program, context);
  return program;
}

/**
 * Runs one command and returns its exit code: the command's own (0 done, 1 refused, 3 the database could not be
 * used, …), 0 after help, and 2 for wrong usage: commander's errors (an unknown command or option, a missing
 * argument, no command at all) and invalid settings.
 */
export async function run(argv: readonly string[], output: Output = CONSOLE): Promise<number> {
  let exitCode = 0;
  const program = scorecardProgram({
    repoRoot: REPO_ROOT,
    output,
    exit: (code) => {
      exitCode = code;
    },
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof ConfigError) {
      output.err(error.message);
      return 2;
    }
    throw error;
  }
}
