// One problem found while importing a published plan. Every problem carries where it is and what to do, so a
// user can fix the source file without reading code.
export type PlanImportProblemKind =
  | 'INVALID_MANIFEST'
  | 'MISSING_FILE'
  | 'MISSING_HEADER'
  | 'UNEXPECTED_HEADER'
  | 'UNKNOWN_MONTH'
  | 'UNKNOWN_PROVINCE'
  | 'DUPLICATE_PROVINCE'
  | 'MISSING_PROVINCE'
  | 'MISSING_NATIONAL_ROW'
  | 'NATIONAL_ROW_MISMATCH'
  | 'NOT_A_NUMBER'
  | 'NEGATIVE_NUMBER'
  | 'CELL_COUNT'
  | 'INVALID_REFERENCE';

export type PlanImportProblem = {
  kind: PlanImportProblemKind;
  /** Path relative to the repository root, e.g. data/plans/2800-KH-BHXH-2021/appendix-01.txt. */
  file: string;
  /** 1-based line; null when the problem is an absence that has no line (a province missing). */
  line: number | null;
  /** 1-based cell index (tab-separated); null when the problem concerns the whole line or file. */
  column: number | null;
  /** The text as found; null when nothing was found. */
  value: string | null;
  message: string;
  fix: string;
};

export class PlanImportError extends Error {
  readonly code = 'PLAN_IMPORT_INVALID';

  constructor(readonly problems: readonly PlanImportProblem[]) {
    super(PlanImportError.summarise(problems));
    this.name = 'PlanImportError';
  }

  private static summarise(problems: readonly PlanImportProblem[]): string {
    const lines = problems.map((p) => {
      const where = [p.file, p.line, p.column].filter((part) => part !== null).join(':');
      const value = p.value === null ? '' : ` (found "${p.value}")`;
      return `- ${where}: ${p.message}${value}. Fix: ${p.fix}`;
    });
    return `The published plan cannot be imported (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
  }
}
