import type { PlanManifest } from './plan-manifest';

// A plan as published: every number exactly as printed, with where it was printed. Nothing here is
// corrected; plan-reconciliation.ts says where the tables disagree with themselves.

export type PublishedCell = {
  /** The integer as published. */
  value: number;
  /** The cell text exactly as in the file. */
  text: string;
  /** 1-based line in the file (spreadsheet row, CSV line); 0 for a computed cell, which is in no file. */
  line: number;
  /** 1-based cell index on the line (tab-separated), spreadsheet column or CSV field; 0 for a computed cell. */
  column: number;
};

export type PublishedMonthCell = {
  /** YYYY-MM */
  month: string;
  cell: PublishedCell;
};

export type PublishedRow = {
  /** Official two-digit province code; null for the national row ("Toàn quốc"). */
  code: string | null;
  publishedName: string;
  line: number;
  total: PublishedCell;
  months: PublishedMonthCell[];
  /**
   * Set on a national row the source did not publish (a long CSV without "Toàn quốc" rows): its cells are the
   * sums of the province rows, so it must not be shown or reconciled as published.
   */
  computed?: true;
};

export type PublishedMetricTable = {
  metric: string;
  appendix: string;
  /**
   * The file as the user named it (a path relative to the repository root for shipped plans, e.g.
   * data/plans/2800-KH-BHXH-2021/appendix-01.txt), with the sheet for a workbook: "book.xlsx › Phụ lục 02".
   */
  file: string;
  /** YYYY-MM, in order. */
  months: string[];
  national: PublishedRow;
  /** One row per province of the unit set, ordered by code. */
  provinces: PublishedRow[];
};

export type PublishedPlan = {
  manifest: PlanManifest;
  /** One table per metric, in manifest order. */
  tables: PublishedMetricTable[];
};
