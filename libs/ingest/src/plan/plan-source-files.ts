import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { PlanImportProblem } from './plan-import.errors';
import type { PlanSourceFile } from './plan-source.reader';

const TABLE_EXTENSIONS = new Set(['.txt', '.tsv', '.text', '.xlsx', '.csv']);

export type SourceFileProgress = (message: string) => void;

/**
 * Reads the files a user named. A directory stands for its manifest.json and table files. A path that cannot
 * be read is a problem to report with the others, not an exception.
 */
export async function readPlanSourcePaths(
  paths: readonly string[],
  progress: SourceFileProgress = () => undefined,
): Promise<{ files: PlanSourceFile[]; problems: PlanImportProblem[] }> {
  const files: PlanSourceFile[] = [];
  const problems: PlanImportProblem[] = [];
  const expanded: string[] = [];
  for (const path of paths) {
    try {
      if ((await stat(path)).isDirectory()) {
        const names = (await readdir(path)).filter(
          (name) => name === 'manifest.json' || TABLE_EXTENSIONS.has(extname(name).toLowerCase()),
        );
        for (const name of names.sort()) expanded.push(join(path, name));
      } else expanded.push(path);
    } catch (error) {
      problems.push({
        kind: 'MISSING_FILE',
        file: path,
        line: null,
        column: null,
        value: null,
        message: `cannot be read: ${error instanceof Error ? error.message : String(error)}`,
        fix: 'Check the path and that the file is readable.',
      });
    }
  }
  for (const path of expanded) {
    const bytes = await readFile(path);
    if (bytes.length > 1_000_000) progress(`Reading ${basename(path)} (${(bytes.length / 1_000_000).toFixed(1)} MB)…`);
    files.push({ name: path, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) });
  }
  return { files, problems };
}
