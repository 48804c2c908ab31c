import { commandLineDatabasePath } from '@scorecard/config';
import { WarehouseDatabase, WarehouseError } from '@scorecard/warehouse';
import type { Output } from './command-context';

/**
 * Opens the command's database (--db, SCORECARD_DB or the default, read as the server reads it), or says why it
 * cannot (a server holds it, the file is not a database) and gives the exit code 3 that every command uses for an
 * unusable file. An invalid setting throws the ConfigError that run() reports as wrong usage.
 */
export async function openDatabaseForCommand(
  repoRoot: string,
  dbFlag: string | undefined,
  output: Output,
): Promise<WarehouseDatabase | 3> {
  const path = commandLineDatabasePath(dbFlag, repoRoot);
  try {
    return await WarehouseDatabase.open(path);
  } catch (error) {
    if (error instanceof WarehouseError) {
      output.err(error.message);
      return 3;
    }
    throw error;
  }
}
