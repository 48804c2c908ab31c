import type { Command } from 'commander';
import { publishCopy } from '@scorecard/warehouse';
import { databaseOption, prose, type CommandContext } from './command-context';
import { openDatabaseForCommand } from './open-database';

const EXIT_CODES = `
Exit code: 0 published, 2 wrong usage, 3 the database cannot be opened (a server
holds it: publish from the process that writes, or stop it first).`;

type PublishOptions = { out: string; db?: string; json?: boolean };

export function registerPublish(program: Command, context: CommandContext): void {
  program
    .command('publish')
    .summary('a consistent copy for read-only servers (SCORECARD_READ_ONLY=on)')
    .description(
      prose(`
Writes a consistent copy of the database for servers started with SCORECARD_READ_ONLY=on (several of them may
serve one copy at once). The copy replaces <file> in one step; restart the read-only servers on it to serve it.`),
    )
    .requiredOption('--out <file>', 'where the copy goes (replaced whole)')
    .addOption(databaseOption())
    .option('--json', 'print the outcome as JSON')
    .addHelpText('after', EXIT_CODES)
    .action(async (options: PublishOptions) => context.exit(await publish(options, context)));
}

async function publish(
  { out, db: dbFlag, json }: PublishOptions,
  { repoRoot, output }: CommandContext,
): Promise<number> {
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
