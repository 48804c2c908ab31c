// One problem found while importing provinces' reported actuals (số liệu thực hiện). Every problem says where it
// is (file, row, column as named in the file) and what to do, so a province can fix its file without help.
export type ActualImportProblemKind =
  // The import and its files
  | 'UNKNOWN_PLAN'
  | 'UNSUPPORTED_FILE'
  | 'UNREADABLE_FILE'
  | 'EMPTY_FILE'
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
  | 'CONFLICTING_ROWS';

export type ActualImportProblem = {
  kind: ActualImportProblemKind;
  /** The file as the user named it, with the sheet for a workbook: "bao-cao.xlsx › Tháng 10". */
  file: string;
  /** 1-based: CSV line (header = 1), sheet row, or Parquet/Arrow record index + 1; null for the whole file. */
  row: number | null;
  /** The column's name as written in the file's header (the expected name for a missing column); null for a row. */
  column: string | null;
  /** The cell as found; null when nothing was found. */
  value: string | null;
  message: string;
  fix: string;
};

export class ActualImportError extends Error {
  readonly code = 'ACTUAL_IMPORT_INVALID';

  constructor(readonly problems: readonly ActualImportProblem[]) {
    super(ActualImportError.summarise(problems));
    this.name = 'ActualImportError';
  }

  private static summarise(problems: readonly ActualImportProblem[]): string {
    const lines = problems.map((p) => {
      const where = [p.file, p.row === null ? null : `row ${p.row}`, p.column === null ? null : `column "${p.column}"`]
        .filter((part) => part !== null)
        .join(', ');
      const value = p.value === null ? '' : ` (found "${p.value}")`;
      return `- ${where}: ${p.message}${value}. Fix: ${p.fix}`;
    });
    return `The actuals cannot be imported (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
  }
}
