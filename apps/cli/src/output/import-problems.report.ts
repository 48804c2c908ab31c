import type { ImportProblem } from '@scorecard/ingest';

// A refused import as the command line prints it: one problem a line, where it is, what was found and the fix.
// Every importer's problems have the one ImportProblem shape; each import names the place as its users read it.

export function formatRefusedImport(
  problems: readonly ImportProblem[],
  place: (problem: ImportProblem) => string,
): string {
  const lines = problems.map((p) => {
    const value = p.value === null ? '' : ` (found "${p.value}")`;
    return `  ${place(p)}: ${p.message}${value}\n      fix: ${p.fix}`;
  });
  return [`Import refused: ${problems.length} problem(s); nothing was written.`, ...lines].join('\n');
}
