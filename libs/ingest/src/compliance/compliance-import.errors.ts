import type { ImportProblem } from '@scorecard/domain';

// One problem found while importing a file of the employer compliance workflow (docs/compliance.md): a list of
// employers from the tax authority or business registration (Mẫu 02a-KT, 03a-KT), or steps and outcomes recorded
// in bulk. Every problem says where it is (file, row, column as named in the file) and what to do, in English and
// Vietnamese, so that a province can fix its file without help.

/** What any file of the workflow can have wrong: its format and size, its header, and the cells both read alike. */
export type ComplianceFileProblemKind =
  // The import and its files
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
  | 'WRONG_UNIT'
  // Rows and cells
  | 'MALFORMED_ROW'
  | 'EMPTY_CELL'
  | 'NOT_TEXT'
  | 'INVALID_TAX_CODE'
  | 'TAX_CODE_LOST_ZEROS'
  | 'NOT_A_NUMBER'
  | 'NEGATIVE_NUMBER'
  | 'NOT_A_WHOLE_NUMBER';

/** A list of employers not participating, or not fully (Mẫu 02a-KT, 03a-KT). */
export type ComplianceListProblemKind =
  | ComplianceFileProblemKind
  | 'UNKNOWN_PROVINCE'
  /** A row of another province than the one a provincial user imports for. */
  | 'OTHER_PROVINCE'
  | 'DUPLICATE_TAX_CODE'
  /** The employer already has a listing received that day: the list was imported before. */
  | 'ALREADY_LISTED';

/** Steps and outcomes of cases recorded in bulk. */
export type ComplianceStepProblemKind =
  | ComplianceFileProblemKind
  | 'NO_CASE_OR_TAX_CODE'
  | 'INVALID_CASE_ID'
  | 'UNKNOWN_STEP'
  | 'INVALID_DATE'
  | 'MISSING_WORKERS_REGISTERED'
  /** A figure on a row that does not take it: workers registered on a step or a closure, money on a step. */
  | 'FIGURE_NOT_ALLOWED'
  // Checked against the stored cases (compliance-records.check.ts)
  | 'UNKNOWN_CASE'
  | 'NO_OPEN_CASE'
  | 'CASE_TAX_CODE_MISMATCH'
  | 'OTHER_PROVINCE'
  | 'FUTURE_DATE'
  | 'STEP_REFUSED';

/** The last problem of a list when more were found than are listed. */
export type ComplianceListProblem = ImportProblem<ComplianceListProblemKind | 'TOO_MANY_PROBLEMS'>;
export type ComplianceStepProblem = ImportProblem<ComplianceStepProblemKind | 'TOO_MANY_PROBLEMS'>;

/** A refused import of a compliance file: nothing is written; `problems` says why, row by row. */
export class ComplianceImportError extends Error {
  readonly code = 'COMPLIANCE_IMPORT_INVALID';

  constructor(
    readonly problems: readonly (ComplianceListProblem | ComplianceStepProblem)[],
    /** Every problem found: more than `problems` lists when it ends with TOO_MANY_PROBLEMS. */
    readonly problemCount: number = problems.length,
  ) {
    const first = problems
      .filter((p) => p.kind !== 'TOO_MANY_PROBLEMS')
      .slice(0, SUMMARISED_PROBLEMS)
      .map((p) => `- ${p.file}${p.row === null ? '' : `, row ${p.row}`}: ${p.message}. Fix: ${p.fix}`);
    const more = problemCount > first.length ? [`- … and ${problemCount - first.length} more.`] : [];
    const count = `${problemCount} problem${problemCount === 1 ? '' : 's'}`;
    super([`The compliance file cannot be imported (${count}):`, ...first, ...more].join('\n'));
    this.name = 'ComplianceImportError';
  }
}

/** Problems named in the error's message; `problems` lists them all (up to SOURCE_LIMITS.maxProblems). */
const SUMMARISED_PROBLEMS = 20;
