import { readFile } from 'node:fs/promises';
import type { Output } from './command-context';

/**
 * The files named on the command line, as { name, bytes } with the path as typed for the name; null (with the
 * reason written to stderr) when one cannot be read. `announceLarge` says when a file over 1 MB is being read.
 */
export async function readCommandFiles(
  paths: readonly string[],
  output: Output,
  announceLarge = false,
): Promise<{ name: string; bytes: Uint8Array }[] | null> {
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const path of paths) {
    try {
      const bytes = await readFile(path);
      if (announceLarge && bytes.length > 1_000_000)
        output.err(`Reading ${path} (${(bytes.length / 1_000_000).toFixed(1)} MB)…`);
      files.push({ name: path, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) });
    } catch (error) {
      output.err(`${path}: cannot be read: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }
  return files;
}
