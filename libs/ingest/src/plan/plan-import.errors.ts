import type { ImportProblem } from '@scorecard/domain';

// One problem found while importing a published plan. Every problem carries where it is and what to do, so a
// user can fix the source file without reading code.
export type PlanImportProblemKind =
  // The plan and its files
  | 'INVALID_MANIFEST'
  | 'MISSING_MANIFEST'
  | 'UNKNOWN_PLAN'
  | 'MISSING_FILE'
  | 'UNSUPPORTED_FILE'
  | 'UNREADABLE_FILE'
  | 'EMPTY_TABLE'
  // Over a limit of SOURCE_LIMITS (source-limits.ts)
  | 'FILE_TOO_LARGE'
  | 'TOO_MANY_ROWS'
  | 'TOO_MANY_COLUMNS'
  // The layout of a table
  | 'MISSING_HEADER'
  | 'UNEXPECTED_HEADER'
  | 'UNKNOWN_MONTH'
  | 'MONTH_OUTSIDE_PERIOD'
  | 'CELL_COUNT'
  | 'MALFORMED_LINE'
  // Which metric a block or row holds
  | 'UNKNOWN_METRIC'
  | 'AMBIGUOUS_METRIC'
  | 'DUPLICATE_METRIC'
  | 'MISSING_METRIC'
  // Rows and cells
  | 'UNKNOWN_PROVINCE'
  | 'DUPLICATE_PROVINCE'
  | 'MISSING_PROVINCE'
  | 'MISSING_NATIONAL_ROW'
  | 'NATIONAL_ROW_MISMATCH'
  | 'MISSING_TOTAL'
  | 'MISSING_MONTH'
  | 'DUPLICATE_CELL'
  | 'NOT_A_NUMBER'
  | 'NEGATIVE_NUMBER'
  | 'INVALID_REFERENCE'
  // The list itself: the last problem when more were found than are listed
  | 'TOO_MANY_PROBLEMS';

/** A problem of a plan's files, in the shape of every import's problems (ImportProblem). */
export type PlanImportProblem = ImportProblem<PlanImportProblemKind>;

export class PlanImportError extends Error {
  readonly code = 'PLAN_IMPORT_INVALID';

  /** Every problem found: more than `problems` lists when it ends with TOO_MANY_PROBLEMS. */
  readonly problemCount: number;

  constructor(
    readonly problems: readonly PlanImportProblem[],
    problemCount: number = problems.length,
  ) {
    super(PlanImportError.summarise(problems, problemCount));
    this.name = 'PlanImportError';
    this.problemCount = problemCount;
  }

  /** The message names the first problems only; `problems` lists them all (up to SOURCE_LIMITS.maxProblems). */
  private static summarise(problems: readonly PlanImportProblem[], problemCount: number): string {
    const shown = problems.filter((p) => p.kind !== 'TOO_MANY_PROBLEMS').slice(0, SUMMARISED_PROBLEMS);
    const lines = shown.map((p) => {
      const where = [p.file, p.row, p.columnNumber].filter((part) => part !== null).join(':');
      const value = p.value === null ? '' : ` (found "${p.value}")`;
      return `- ${where}: ${p.message}${value}. Fix: ${p.fix}`;
    });
    if (problemCount > shown.length) lines.push(`- … and ${problemCount - shown.length} more (listed with the error).`);
    return `The published plan cannot be imported (${problemCount} problem${problemCount === 1 ? '' : 's'}):\n${lines.join('\n')}`;
  }
}

/** Problems named in the error's message; a reply that repeats hundreds of them helps nobody. */
const SUMMARISED_PROBLEMS = 20;
