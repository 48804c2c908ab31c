import type { ImportProblem } from '@scorecard/domain';

// One problem found while importing provinces' reported actuals (số liệu thực hiện). Every problem says where it
// is (file, row, column as named in the file) and what to do, so a province can fix its file without help.
export type ActualImportProblemKind =
  // The import and its files
  | 'UNKNOWN_PLAN'
  | 'UNSUPPORTED_FILE'
  | 'UNREADABLE_FILE'
  | 'EMPTY_FILE'
  // Over a limit of SOURCE_LIMITS (source-limits.ts)
  | 'FILE_TOO_LARGE'
  | 'TOO_MANY_ROWS'
  | 'TOO_MANY_COLUMNS'
  // The header
  | 'MISSING_COLUMN'
  | 'UNKNOWN_COLUMN'
  | 'DUPLICATE_COLUMN'
  // Rows and cells
  | 'MALFORMED_ROW'
  | 'EMPTY_CELL'
  | 'UNKNOWN_PROVINCE'
  | 'UNKNOWN_METRIC'
  | 'INVALID_DATE'
  | 'DATE_OUTSIDE_PERIOD'
  | 'NOT_A_NUMBER'
  | 'NEGATIVE_NUMBER'
  | 'NOT_A_WHOLE_NUMBER'
  | 'INVALID_TIMESTAMP'
  // Between rows
  | 'CONFLICTING_ROWS'
  // The list itself: the last problem when more were found than are listed
  | 'TOO_MANY_PROBLEMS';

/** A problem of a file of actuals, in the shape of every import's problems (ImportProblem). */
export type ActualImportProblem = ImportProblem<ActualImportProblemKind>;

export class ActualImportError extends Error {
  readonly code = 'ACTUAL_IMPORT_INVALID';

  /** Every problem found: more than `problems` lists when it ends with TOO_MANY_PROBLEMS. */
  readonly problemCount: number;

  constructor(
    readonly problems: readonly ActualImportProblem[],
    problemCount: number = problems.length,
  ) {
    super(ActualImportError.summarise(problems, problemCount));
    this.name = 'ActualImportError';
    this.problemCount = problemCount;
  }

  /** The message names the first problems only; `problems` lists them all (up to SOURCE_LIMITS.maxProblems). */
  private static summarise(problems: readonly ActualImportProblem[], problemCount: number): string {
    const shown = problems.filter((p) => p.kind !== 'TOO_MANY_PROBLEMS').slice(0, SUMMARISED_PROBLEMS);
    const lines = shown.map((p) => {
      const where = [p.file, p.row === null ? null : `row ${p.row}`, p.column === null ? null : `column "${p.column}"`]
        .filter((part) => part !== null)
        .join(', ');
      const value = p.value === null ? '' : ` (found "${p.value}")`;
      return `- ${where}: ${p.message}${value}. Fix: ${p.fix}`;
    });
    if (problemCount > shown.length) lines.push(`- … and ${problemCount - shown.length} more (listed with the error).`);
    return `The actuals cannot be imported (${problemCount} problem${problemCount === 1 ? '' : 's'}):\n${lines.join('\n')}`;
  }
}

/** Problems named in the error's message; a reply that repeats hundreds of them helps nobody. */
const SUMMARISED_PROBLEMS = 20;
