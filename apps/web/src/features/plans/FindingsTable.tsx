import { useId, useMemo, useState } from 'react';
import type { Metric } from '../../api/fields';
import type { ReconciliationFinding } from './plans.queries';
import { formatDifference, formatInteger, formatQuantity } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { TableScroll } from '../../ui/TableScroll';
import { groupBySeverity, toFindingRows, type FindingRow } from './reconciliation-rows';

type FindingsTableProps = { findings: readonly ReconciliationFinding[]; metrics: readonly Metric[] };

const t = text.plans.reconciliation;
const COLUMN_COUNT = 9;

export function FindingsTable({ findings, metrics }: FindingsTableProps) {
  const rows = useMemo(() => toFindingRows(findings, metrics), [findings, metrics]);
  const { errors, rounding } = useMemo(() => groupBySeverity(rows), [rows]);
  const [showRounding, setShowRounding] = useState(false);
  const filterName = useId();

  if (rows.length === 0) return <p className="panel__empty">{t.noFindings}</p>;
  const roundingCount = formatInteger(rounding.length);

  return (
    <div className="findings">
      <fieldset className="segmented">
        <legend className="segmented__legend">{t.filter.label}</legend>
        <label className="segmented__option">
          <input type="radio" name={filterName} checked={!showRounding} onChange={() => setShowRounding(false)} />
          {t.filter.errorsOnly(formatInteger(errors.length))}
        </label>
        <label className="segmented__option">
          <input type="radio" name={filterName} checked={showRounding} onChange={() => setShowRounding(true)} />
          {t.filter.all(formatInteger(rows.length))}
        </label>
      </fieldset>
      <TableScroll label={t.findingsLabel}>
        <table className="data-table findings-table">
          <thead>
            <tr>
              <th scope="col">{t.columns.metric}</th>
              <th scope="col">{t.columns.kind}</th>
              <th scope="col">{t.columns.row}</th>
              <th scope="col">{t.columns.month}</th>
              <th scope="col" className="num">
                {t.columns.published}
              </th>
              <th scope="col" className="num">
                {t.columns.computed}
              </th>
              <th scope="col" className="num">
                {t.columns.difference}
              </th>
              <th scope="col">{t.columns.severity}</th>
              <th scope="col">{t.columns.source}</th>
            </tr>
          </thead>
          <tbody>
            {errors.length === 0 ? (
              <tr>
                <td colSpan={COLUMN_COUNT} className="findings-table__note">
                  {t.noErrors}
                </td>
              </tr>
            ) : (
              errors.map((row) => <FindingRowView key={row.key} row={row} />)
            )}
          </tbody>
          {rounding.length > 0 ? (
            <tbody>
              <tr className="findings-table__group">
                <td colSpan={COLUMN_COUNT}>
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={showRounding}
                    onClick={() => setShowRounding((shown) => !shown)}
                  >
                    <span aria-hidden="true">{showRounding ? '▾ ' : '▸ '}</span>
                    {showRounding ? t.hideRounding(roundingCount) : t.showRounding(roundingCount)}
                  </button>
                </td>
              </tr>
              {showRounding ? rounding.map((row) => <FindingRowView key={row.key} row={row} />) : null}
            </tbody>
          ) : null}
        </table>
      </TableScroll>
    </div>
  );
}

function FindingRowView({ row }: { row: FindingRow }) {
  const error = row.severity === 'ERROR';
  return (
    <tr
      data-testid="reconciliation-finding"
      data-severity={row.severity}
      className={error ? 'findings-table__row--error' : undefined}
    >
      <td className="findings-table__metric">
        {row.metricLabel}
        {row.unit ? <span className="findings-table__unit">{row.unit}</span> : null}
      </td>
      <td className="findings-table__kind">{row.kindLabel}</td>
      <td className="findings-table__row-name">
        {row.rowLabel}
        {row.printedName ? <span className="findings-table__printed">{t.printedAs(row.printedName)}</span> : null}
      </td>
      <td className="nowrap">{row.monthLabel}</td>
      <td className="num">{formatQuantity(row.published)}</td>
      <td className="num">{formatQuantity(row.computed)}</td>
      <td className="num findings-table__difference">{formatDifference(row.difference)}</td>
      <td>
        <span className={`badge ${error ? 'badge--error' : 'badge--muted'}`}>{t.severities[row.severity]}</span>
      </td>
      <td>
        <code className="source-ref" title={row.file}>
          {row.source}
        </code>
      </td>
    </tr>
  );
}
