import type { ImportProblem } from '@scorecard/domain';

// A problem of a ledger file that refuses the import: where it is, what kind it is and how to fix it. The kinds
// follow those of the actuals import (libs/ingest/src/actuals/actual-import.errors.ts) where they mean the same.
export type LedgerImportProblemKind =
  // The files
  | 'UNSUPPORTED_FILE'
  | 'UNREADABLE_FILE'
  | 'CORRUPT_FILE'
  | 'CHECKSUM_MISMATCH'
  | 'TOO_MANY_COLUMNS'
  // The header
  | 'MISSING_COLUMN'
  // Rows and cells
  | 'MALFORMED_ROW'
  | 'EMPTY_CELL'
  | 'UNKNOWN_PROVINCE'
  | 'INVALID_DATE'
  | 'DATE_OUT_OF_RANGE'
  | 'NOT_A_NUMBER'
  | 'NEGATIVE_NUMBER'
  | 'NOT_A_WHOLE_NUMBER'
  | 'NOT_POSITIVE'
  | 'NUMBER_TOO_LARGE'
  // Between rows and files
  | 'DUPLICATE_EMPLOYER'
  | 'UNKNOWN_EMPLOYER'
  | 'DUPLICATE_DUE'
  | 'NO_DUES'
  | 'LEDGER_TOO_LONG';

/** A problem of a ledger file, in the shape of every import's problems; `column` and `value` are cut by `echo`. */
export type LedgerImportProblem = ImportProblem<LedgerImportProblemKind>;

/** At most this many problems are listed (the total is always given). */
export const MAX_LISTED_PROBLEMS = 200;
/** A value, column name or file line echoed in a problem is cut to this many characters. */
export const MAX_ECHOED_CHARACTERS = 200;

/** Text echoed back to the user, cut so that a hostile file cannot make the answer huge. */
export function echo(text: string): string;
export function echo(text: string | null): string | null;
export function echo(text: string | null): string | null {
  if (text === null) return null;
  return text.length > MAX_ECHOED_CHARACTERS ? `${text.slice(0, MAX_ECHOED_CHARACTERS)}…` : text;
}

export class LedgerImportError extends Error {
  readonly code = 'LEDGER_IMPORT_INVALID';
  readonly problems: readonly LedgerImportProblem[];
  /** Problems found in all, when more than are listed. */
  readonly total: number;

  constructor(problems: readonly LedgerImportProblem[], total: number = problems.length) {
    total = Math.max(total, problems.length);
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => ({
      ...p,
      column: echo(p.column),
      value: echo(p.value),
    }));
    const lines = listed.map((p) => {
      const where = [p.file, p.row === null ? null : `row ${p.row}`, p.column === null ? null : `column "${p.column}"`]
        .filter((part) => part !== null)
        .join(', ');
      return `- ${where}: ${p.message}${p.value === null ? '' : ` (found "${p.value}")`}. Fix: ${p.fix}`;
    });
    const more = total > listed.length ? `\n(and ${total - listed.length} more of the same kinds)` : '';
    super(`The ledger cannot be imported (${total} problem${total === 1 ? '' : 's'}):\n${lines.join('\n')}${more}`);
    this.name = 'LedgerImportError';
    this.problems = listed;
    this.total = total;
  }
}
