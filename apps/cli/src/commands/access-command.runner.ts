import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
import { AccessError, createAccessServices, type AccessServices, type Actor } from '@scorecard/access';
import { loadReferenceData } from '@scorecard/ingest';
import { cliActor } from '../config/cli-actor';
import type { Output } from './import-plan.command';
import { openDatabaseForCommand } from './open-database';

// What the token and user commands share: parsing with usage errors, the command-line identity, and one database
// session with the access services, where a refusal is exit 1 and an unusable file exit 3.

export type AccessContext = { services: AccessServices; actor: Actor };

const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;

/**
 * Parses a subcommand's options (and --help) and checks how many arguments it takes. Gives the parsed values, or
 * the exit code when it is done: 0 after printing the usage for --help, 2 after a usage error printed with it.
 */
export function parseSubcommand<const O extends OptionsConfig>(
  argv: readonly string[],
  spec: { command: string; options: O; args: 'none' | 'one'; argument?: string; usage: string },
  output: Output,
) {
  type Config = { args: string[]; allowPositionals: true; options: O & typeof HELP };
  let parsed;
  try {
    parsed = parseArgs<Config>({ args: [...argv], allowPositionals: true, options: { ...spec.options, ...HELP } });
  } catch (error) {
    output.err(`${error instanceof Error ? error.message : String(error)}\n\n${spec.usage}`);
    return 2;
  }
  // Generic options leave the parsed type unresolved here; --help is always among them.
  if ((parsed.values as { help?: boolean }).help) {
    output.out(spec.usage);
    return 0;
  }
  const { positionals } = parsed;
  if (spec.args === 'none' && positionals.length > 0) {
    output.err(`${spec.command} takes no arguments, only options (found "${positionals[0]}").\n\n${spec.usage}`);
    return 2;
  }
  if (spec.args === 'one' && positionals.length !== 1) {
    output.err(`${spec.command} takes one argument: ${spec.argument ?? 'a value'}.\n\n${spec.usage}`);
    return 2;
  }
  return { values: parsed.values, argument: positionals[0] ?? '' };
}

/**
 * Opens the database (creating and migrating a new file), fills in the provinces when missing (never the plans
 * or sample data: a server started later on this file still loads those) and runs the command's work.
 */
export async function withAccess(
  command: string,
  repoRoot: string,
  dbFlag: string | undefined,
  output: Output,
  work: (context: AccessContext) => Promise<number>,
): Promise<number> {
  const db = await openDatabaseForCommand(repoRoot, dbFlag, output);
  if (db === 3) return 3;
  try {
    // Province codes are checked against the reference list, which a new file does not have yet.
    await loadReferenceData(db, join(repoRoot, 'data'));
    return await work({ services: createAccessServices(db, { demoEnabled: false }), actor: cliActor() });
  } catch (error) {
    if (error instanceof AccessError) return refuse(command, error, output);
    throw error;
  } finally {
    db.close();
  }
}

/** Checks input before the database is opened, so bad input never creates a file; null when refused. */
export function checkEarly<T>(command: string, check: () => T, output: Output): { value: T } | null {
  try {
    return { value: check() };
  } catch (error) {
    if (error instanceof AccessError) {
      refuse(command, error, output);
      return null;
    }
    throw error;
  }
}

// The library speaks of the API's fields and pages; on the command line they are flags and commands.
const CLI_WORDING: readonly (readonly [RegExp, string])[] = [
  [/^displayName\b/, '--name'],
  [/^label\b/, '--label'],
  [/^expiresInDays\b/, '--expires-days'],
  [/^role\b/, '--role'],
  [/; see the account list\)/, '; see "scorecard user list")'],
];

function refuse(command: string, error: AccessError, output: Output): number {
  const message = CLI_WORDING.reduce((text, [library, cli]) => text.replace(library, cli), error.message);
  output.err(`scorecard ${command}: ${message}`);
  return 1;
}

/** Whole days from a flag: the fallback when absent, null when it is not a whole number. */
export function wholeDays(text: string | undefined, fallback: number): number | null {
  if (text === undefined) return fallback;
  return /^\d+$/.test(text) ? Number(text) : null;
}
