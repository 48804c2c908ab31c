import { closeSync, copyFileSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { WarehouseDatabase } from './warehouse-database';

export type PublishedCopy = { path: string; bytes: number };

/**
 * Writes a consistent copy of the database for read-only servers (SCORECARD_READ_ONLY=on): as the only writer,
 * everything is checkpointed into the file, the file is copied beside its destination and synced, then renamed
 * over it in one step. A server already serving the old copy keeps reading it until it is restarted on the new one;
 * a server started after the rename reads the new one. A failure leaves the destination as it was.
 */
export async function publishCopy(db: WarehouseDatabase, destination: string): Promise<PublishedCopy> {
  const target = resolve(destination);
  if (target === db.path) throw new Error(`the copy must go to another file than ${db.path}`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.publishing-${process.pid}`;
  return db.exclusive(async () => {
    await db.withConnection((connection) => connection.run('CHECKPOINT'));
    try {
      copyFileSync(db.path, partial);
      const handle = openSync(partial, 'r+');
      try {
        fsyncSync(handle);
      } finally {
        closeSync(handle);
      }
      renameSync(partial, target);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
    return { path: target, bytes: statSync(target).size };
  });
}
