import { fileProblem } from '@scorecard/domain';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { PlanImportProblem } from './plan-import.errors';
import type { PlanSourceFile } from './plan-source.reader';

const TABLE_EXTENSIONS = new Set(['.txt', '.tsv', '.text', '.xlsx', '.csv']);

export type SourceFileProgress = (message: string) => void;

// Node's codes for a path that cannot be read; another error is given in its own words in both languages.
const FILE_ERRORS_VI: Readonly<Record<string, string>> = {
  ENOENT: 'không có tệp hay thư mục này',
  EACCES: 'không có quyền đọc',
  EPERM: 'không được phép đọc',
  EISDIR: 'đây là thư mục, không phải tệp',
  ENOTDIR: 'một phần của đường dẫn không phải là thư mục',
};

/** Why a file cannot be read: the error's message (`reason`) and, in Vietnamese, what its code means. */
export function fileErrorReason(error: unknown): { reason: string; reasonVi: string } {
  const reason = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
  const meaning = code === null ? undefined : FILE_ERRORS_VI[code];
  return { reason, reasonVi: meaning ? `${meaning} (${code})` : reason };
}

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
      const { reason, reasonVi } = fileErrorReason(error);
      problems.push(
        fileProblem('MISSING_FILE', path, null, {
          message: `cannot be read: ${reason}`,
          messageVi: `không đọc được: ${reasonVi}`,
          fix: 'Check the path and that the file is readable.',
          fixVi: 'Kiểm tra lại đường dẫn và quyền đọc tệp.',
        }),
      );
    }
  }
  for (const path of expanded) {
    const bytes = await readFile(path);
    if (bytes.length > 1_000_000) progress(`Reading ${basename(path)} (${(bytes.length / 1_000_000).toFixed(1)} MB)…`);
    files.push({ name: path, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) });
  }
  return { files, problems };
}
