// How a cell of the matrix (and the map's tooltip) writes its figure: percentages with one decimal, the late-payment
// ratio with two, and in words when there is no figure.
import { formatDayMonth, formatPercent } from '../../i18n/format';
import { textOverview } from '../../i18n/vi-overview';
import type { CellState, MatrixCell, MatrixColumn } from './overview-matrix';

const t = textOverview.matrix;

export function formatCellValue(column: Pick<MatrixColumn, 'kind'>, value: number): string {
  return formatPercent(value, column.kind === 'latePayment' ? 2 : 1);
}

export function cellStateText(state: Exclude<CellState, 'VALUE'>): string {
  switch (state) {
    case 'NOT_REPORTED':
      return t.notReported;
    case 'NO_TARGET':
      return t.noTarget;
    case 'NO_DATA':
      return t.noData;
  }
}

/** The figure, or why there is none. */
export function cellText(column: Pick<MatrixColumn, 'kind'>, cell: MatrixCell | undefined): string {
  if (!cell) return t.noData;
  if (cell.state === 'VALUE') return cell.value === null ? t.noData : formatCellValue(column, cell.value);
  return cellStateText(cell.state);
}

/** "số liệu ngày 15/10" for a figure from a report older than the latest report date; null otherwise. */
export function staleText(cell: MatrixCell | undefined): string | null {
  return cell?.staleDate ? t.stale(formatDayMonth(cell.staleDate)) : null;
}
