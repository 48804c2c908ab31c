// A plan version's source is the list of files it was read from, as the server wrote it.

/** "data/plans/2800-KH-BHXH-2021/appendix-01.txt" → "appendix-01.txt". */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** The file names of a version's source ("a/x.txt, a/y.txt" → ["x.txt", "y.txt"]). */
export function sourceFileNames(source: string): string[] {
  return source
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map(baseName);
}
