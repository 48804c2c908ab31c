type MetricValuesTableProps = {
  values: readonly { metric: string; value: number }[];
  /** The headers of the two columns. */
  metricHeader: string;
  valueHeader: string;
  label: (metric: string) => string;
  format: (value: number, metric: string) => string;
  className: string;
  rowTestId: string;
  testId?: string;
};

/** A report's figures, one metric a row: what is offered for a report, or what was sent. */
export function MetricValuesTable({
  values,
  metricHeader,
  valueHeader,
  label,
  format,
  className,
  rowTestId,
  testId,
}: MetricValuesTableProps) {
  return (
    <table className={`data-table ${className}`} data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{metricHeader}</th>
          <th scope="col" className="num">
            {valueHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {values.map((value) => (
          <tr key={value.metric} data-testid={rowTestId} data-metric={value.metric}>
            <th scope="row">{label(value.metric)}</th>
            <td className="num">{format(value.value, value.metric)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
