// A problem of a ledger file that refuses the import: where it is and how to fix it.
export type LedgerImportProblem = {
  file: string;
  /** 1-based: CSV line (header = 1), Parquet/Arrow record index + 1; null for the whole file. */
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
  fix: string;
};

export class LedgerImportError extends Error {
  readonly code = 'LEDGER_IMPORT_INVALID';

  constructor(
    readonly problems: readonly LedgerImportProblem[],
    /** Problems found in all, when more than are listed. */
    readonly total: number = problems.length,
  ) {
    const lines = problems.map((p) => {
      const where = [p.file, p.row === null ? null : `row ${p.row}`, p.column === null ? null : `column "${p.column}"`]
        .filter((part) => part !== null)
        .join(', ');
      return `- ${where}: ${p.message}${p.value === null ? '' : ` (found "${p.value}")`}. Fix: ${p.fix}`;
    });
    const more = total > problems.length ? `\n(and ${total - problems.length} more of the same kinds)` : '';
    super(`The ledger cannot be imported (${total} problem${total === 1 ? '' : 's'}):\n${lines.join('\n')}${more}`);
    this.name = 'LedgerImportError';
  }
}
