// One problem that refuses an import, the same for every importer (published plans, provinces' actuals, the
// contribution ledger) and every format: where it is, what was found, what is wrong and what to do, in English
// and in Vietnamese. The API hands these on as they are (extensions.problems), the command line prints them and
// the web app shows them, so each reads one shape. Each importer names its own kinds.

export type ImportProblem<Kind extends string = string> = {
  kind: Kind;
  /**
   * The file as the user named it (a path relative to the repository root for shipped plans), with the sheet for
   * a workbook: "bao-cao.xlsx › Tháng 10".
   */
  file: string;
  /**
   * 1-based: the line of a text table, the CSV line (header = 1), the sheet row, or the Parquet/Arrow record
   * index + 1; null for the whole file.
   */
  row: number | null;
  /**
   * The column's name as written in the file's header (or the expected name of a missing column); null when the
   * file has no header names or the problem is about a whole row.
   */
  column: string | null;
  /**
   * 1-based position of the column: the cell index on a tab-separated text line, the spreadsheet column or the
   * CSV field; null when not known.
   */
  columnNumber: number | null;
  /** The text as found, cut short when long; null when nothing was found. */
  value: string | null;
  /** What is wrong, in English; `messageVi` says the same in Vietnamese, echoing the same values. */
  message: string;
  messageVi: string;
  /** What to do, in English; `fixVi` says the same in Vietnamese. */
  fix: string;
  fixVi: string;
};

/** What a problem says, in English and in Vietnamese. */
export type ProblemText = Pick<ImportProblem, 'message' | 'messageVi' | 'fix' | 'fixVi'>;
/** What is wrong, in both languages: what a check returns for its caller to place. */
export type ProblemMessage = Pick<ProblemText, 'message' | 'messageVi'>;
/** What to do, in both languages. */
export type ProblemFix = Pick<ProblemText, 'fix' | 'fixVi'>;

/** A problem of a whole file (or of a whole import): no row and no column to point at. */
export function fileProblem<Kind extends string>(
  kind: Kind,
  file: string,
  value: string | null,
  text: ProblemText,
): ImportProblem<Kind> {
  return { kind, file, row: null, column: null, columnNumber: null, value, ...text };
}
