import { useId } from 'react';
import { text } from '../i18n/vi';
import { TableScroll } from './TableScroll';

export type ChartDataColumn = { header: string; numeric?: boolean };

type ChartDataTableProps = {
  caption: string;
  columns: readonly ChartDataColumn[];
  /** The cells already formatted (vi-VN numbers), the first one of each row naming the row. */
  rows: readonly (readonly string[])[];
  testId?: string;
};

/**
 * A chart's data as a table, folded under the chart: one Tab and Enter away for keyboard and screen-reader users,
 * and for anyone who wants the exact figures.
 */
export function ChartDataTable({ caption, columns, rows, testId }: ChartDataTableProps) {
  const captionId = useId();
  return (
    <details className="chart-data" data-testid={testId}>
      <summary className="chart-data__summary">{text.chartData.show}</summary>
      <TableScroll labelledBy={captionId}>
        <table className="data-table chart-data__table">
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.header} scope="col" className={column.numeric ? 'num' : undefined}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row[0]}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className={columns[i]?.numeric ? 'num' : undefined}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
