import { publishCopy } from '@scorecard/warehouse';
import { parseSubcommand } from './access-command.runner';
import type { Output } from './import-plan.command';
import { openDatabaseForCommand } from './open-database';

export const PUBLISH_USAGE = `Usage: scorecard publish --out <file> [--db <file>] [--json]

Writes a consistent copy of the database for servers started with SCORECARD_READ_ONLY=on (several of them may
serve one copy at once). The copy replaces <file> in one step; restart the read-only servers on it to serve it.

  --out <file>   where the copy goes (replaced whole)
  --db <file>    the working database (default: SCORECARD_DB or data/scorecard.duckdb)
  --json         print the outcome as JSON

Exit codes: 0 published, 2 wrong usage, 3 the database cannot be opened (a server holds it: publish from the
process that writes, or stop it first).`;

export async function publishCommand(argv: readonly string[], repoRoot: string, output: Output): Promise<number> {
  const parsed = parseSubcommand(
    argv,
    {
      command: 'publish',
      options: { out: { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean', default: false } },
      args: 'none',
      usage: PUBLISH_USAGE,
    },
    output,
  );
  if (typeof parsed === 'number') return parsed;
  const { out, db: dbFlag, json } = parsed.values as { out?: string; db?: string; json: boolean };
  if (!out) {
    output.err(`publish needs --out <file>.\n\n${PUBLISH_USAGE}`);
    return 2;
  }
  const db = await openDatabaseForCommand(repoRoot, dbFlag, output);
  if (db === 3) return 3;
  try {
    const started = Date.now();
    const copy = await publishCopy(db, out);
    const seconds = (Date.now() - started) / 1000;
    if (json) output.out(JSON.stringify({ published: copy.path, bytes: copy.bytes, seconds }));
    else
      output.out(
        `Published ${db.path} to ${copy.path} (${(copy.bytes / 1e6).toFixed(1)} MB, ${seconds.toFixed(1)} s).`,
      );
    return 0;
  } finally {
    db.close();
  }
}
