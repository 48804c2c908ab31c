// The limits every file reader of actuals and plans applies, in one place. A file over a limit is refused with
// one clear problem (kind, file, what was found, what to do) before it can exhaust the server; every figure
// below has headroom over the largest real file it guards against.

export type WorkerLimits = {
  /** Wall-clock time a worker may take to read one file. */
  timeoutMs: number;
  /** V8 heap of the worker (resourceLimits.maxOldGenerationSizeMb); native memory (DuckDB) is capped apart. */
  maxMemoryMb: number;
};

export const SOURCE_LIMITS = {
  /**
   * Bytes of one file. A national year of weekly actuals (63 units × 8 metrics × 52 dates ≈ 26,000 rows, a few
   * revisions each) is under 5 MB as CSV and twice that as UTF-16; 40 MB also fits within the server's request
   * limit once base64-encoded (64 MB).
   */
  maxFileBytes: 40 * 1024 * 1024,
  /**
   * Data rows of one file of actuals. A whole year of a national plan is about 63 provinces × 8 metrics × 24
   * report dates ≈ 12,000 rows; weekly reporting is ≈ 26,000. 200,000 leaves room for several years and
   * revisions in one file while keeping a read within seconds and a few hundred MB.
   */
  maxRows: 200_000,
  /** Rows of one sheet of a plan workbook: an appendix table has about 70 (63 provinces, national row, headers). */
  maxPlanSheetRows: 5_000,
  /**
   * Columns of a table. A report has five; an appendix with three blocks over a 12-month period has 41. 64 lets
   * notes and a row number through and refuses a sheet or Parquet file of thousands of columns in one problem.
   */
  maxColumns: 64,
  /**
   * Bytes a workbook declares once unzipped (the zip's own directory), checked before it is expanded. 200,000
   * report rows take about 50 MB of sheet XML; a "zip bomb" of a few MB that expands to millions of rows is
   * refused here in milliseconds.
   */
  maxUnzippedBytes: 64 * 1024 * 1024,
  /** Problems listed for one import; the count of all of them is given with the list. */
  maxProblems: 200,
  /** Characters of a value or header echoed in a problem; longer text is cut with an ellipsis. */
  maxEchoLength: 200,
  /** Characters of a cell or a malformed line a reader echoes as a problem's value: enough to recognise it. */
  maxCellEchoLength: 80,
  /** Characters of a problem's message or fix (they may quote the file). */
  maxMessageLength: 1_000,
  /** A CSV or Parquet file read in a reader process. */
  worker: { timeoutMs: 60_000, maxMemoryMb: 512 } satisfies WorkerLimits,
  /** A workbook read in a reader process: exceljs keeps every cell of the workbook in memory at once. */
  workbookWorker: { timeoutMs: 60_000, maxMemoryMb: 1_024 } satisfies WorkerLimits,
  /** DuckDB's own memory for reading one Parquet file in the worker (native memory, outside the V8 heap). */
  parquetMemoryLimit: '512MB',
} as const;

/** Text cut to `length` characters, with an ellipsis when cut. */
export function clipText(text: string, length: number = SOURCE_LIMITS.maxEchoLength): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** "12,345", for messages. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** "1.7 MB", for messages. */
export function formatBytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
