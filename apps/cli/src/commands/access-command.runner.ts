import { join } from 'node:path';
import { AccessError, createAccessServices, type AccessServices, type Actor } from '@scorecard/access';
import { loadReferenceData } from '@scorecard/ingest';
import { cliActor } from '../config/cli-actor';
import type { CommandContext, Output } from './command-context';
import { openDatabaseForCommand } from './open-database';

// What the token and user commands share: the command-line identity and one database session with the access
// services, where a refusal is exit 1 and an unusable file exit 3.

export type AccessContext = { services: AccessServices; actor: Actor };

/**
 * Opens the database (creating and migrating a new file), fills in the provinces when missing (never the plans
 * or sample data: a server started later on this file still loads those) and runs the command's work.
 */
export async function withAccess(
  command: string,
  { repoRoot, output }: CommandContext,
  dbFlag: string | undefined,
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
