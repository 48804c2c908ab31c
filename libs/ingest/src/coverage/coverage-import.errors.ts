import type { ImportProblem } from '@scorecard/domain';
import type { ComplianceFileProblemKind } from '../compliance/compliance-import.errors';

// One problem of a coverage table (docs/coverage.md): the working-age labour force, the population and the
// participants in social and health insurance per unit and year. Files are read as the compliance workflow's are
// (CSV or XLSX, in the bounded reader process), so the problems of a file as a file, of its header and of a number
// cell are theirs; the rest are a coverage table's own.

export type CoverageProblemKind =
  | ComplianceFileProblemKind
  | 'UNKNOWN_UNIT_SET'
  | 'INVALID_YEAR'
  /** A code (or name) that is no unit of the row's unit set; a unit of the 63 in a table of the 34 names its successor. */
  | 'UNKNOWN_PROVINCE'
  /** The name names another unit than the code: a row shifted, or a code of the other unit set. */
  | 'NAME_MISMATCH'
  | 'DUPLICATE_PROVINCE'
  | 'MISSING_PROVINCE'
  | 'INVALID_FLAG';

/** Stored, but said: more participants than the denominator they are counted against. */
export type CoverageWarningKind = 'PARTICIPANTS_EXCEED_BASE';

export type CoverageProblem = ImportProblem<CoverageProblemKind | 'TOO_MANY_PROBLEMS'>;
export type CoverageWarning = ImportProblem<CoverageWarningKind>;

/** A refused coverage import: nothing is written; `problems` says why, row by row. */
export class CoverageImportError extends Error {
  readonly code = 'COVERAGE_IMPORT_INVALID';

  constructor(
    readonly problems: readonly CoverageProblem[],
    /** Every problem found: more than `problems` lists when it ends with TOO_MANY_PROBLEMS. */
    readonly problemCount: number = problems.length,
  ) {
    const first = problems
      .filter((p) => p.kind !== 'TOO_MANY_PROBLEMS')
      .slice(0, SUMMARISED_PROBLEMS)
      .map((p) => {
        const where = [
          p.file,
          p.row === null ? null : `row ${p.row}`,
          p.column === null ? null : `column "${p.column}"`,
        ]
          .filter((part) => part !== null)
          .join(', ');
        const value = p.value === null ? '' : ` (found "${p.value}")`;
        return `- ${where}: ${p.message}${value}. Fix: ${p.fix}`;
      });
    const more = problemCount > first.length ? [`- … and ${problemCount - first.length} more.`] : [];
    const count = `${problemCount} problem${problemCount === 1 ? '' : 's'}`;
    super([`The coverage table cannot be imported (${count}); nothing was written:`, ...first, ...more].join('\n'));
    this.name = 'CoverageImportError';
  }
}

/** Problems named in the error's message; `problems` lists them all (up to SOURCE_LIMITS.maxProblems). */
const SUMMARISED_PROBLEMS = 20;
