// Report 08-KT as the page lays it out: the columns of libs/domain in its order, each with "Kỳ này" and "Lũy kế",
// the provinces by code and the national total last, and where its workbook is downloaded.
import { REPORT_08KT_COLUMNS, REPORT_08KT_HEADINGS, type Report08ktColumn } from '@scorecard/domain';
import type { IsoDate } from '../../api/scalars';
import { inLanguage } from '../../i18n/language';
import { formatInteger } from '../../i18n/format';
import type { Report08ktFigures, Report08ktRow } from './compliance.queries';

export const REPORT_08KT_EXPORT_PATH = '/export/compliance-08kt.xlsx';

export { REPORT_08KT_COLUMNS };

/** A column's heading in the page's language, as libs/domain names it. */
export function report08Heading(column: Report08ktColumn): string {
  const heading = REPORT_08KT_HEADINGS[column];
  return inLanguage(heading.vi, heading.en);
}

/** A figure as the table shows it: counts and đồng alike as whole numbers, vi-VN. */
export function report08Cell(figures: Report08ktFigures, column: Report08ktColumn): string {
  return formatInteger(figures[column]);
}

/** The provinces by code, then the national total (the row without a province). */
export function report08Rows(rows: readonly Report08ktRow[]): Report08ktRow[] {
  const provinces = rows
    .filter((row) => row.province !== null)
    .sort((a, b) => (a.province?.code ?? '').localeCompare(b.province?.code ?? ''));
  return [...provinces, ...rows.filter((row) => row.province === null)];
}

/** The workbook of the report as the server writes it: /export/compliance-08kt.xlsx?reportDate=…&province=…. */
export function report08ExportHref(reportDate: IsoDate, province: string | null): string {
  const query = new URLSearchParams({ reportDate });
  if (province !== null) query.set('province', province);
  return `${REPORT_08KT_EXPORT_PATH}?${query.toString()}`;
}
