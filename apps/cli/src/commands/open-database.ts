import { WarehouseDatabase, WarehouseError } from '@scorecard/warehouse';
import { databasePath } from '../config/cli-config';
import type { Output } from './import-plan.command';

/**
 * Opens the command's database (--db, SCORECARD_DB or the default), or says why it cannot (a server holds it, the
 * file is not a database) and gives the exit code 3 that every command uses for an unusable file.
 */
export async function openDatabaseForCommand(
  repoRoot: string,
  dbFlag: string | undefined,
  output: Output,
): Promise<WarehouseDatabase | 3> {
  try {
    return await WarehouseDatabase.open(databasePath(repoRoot, dbFlag));
  } catch (error) {
    if (error instanceof WarehouseError) {
      output.err(error.message);
      return 3;
    }
    throw error;
  }
}
