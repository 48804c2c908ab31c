import { formatDate, formatInteger, formatNumber, formatPercent, MISSING } from '../../i18n/format';
import { textCompliance } from '../../i18n/vi-compliance';
import { TableScroll } from '../../ui/TableScroll';
import type { ComplianceFunnel } from './compliance.queries';
import { stepLabel } from './compliance-labels';

const t = textCompliance.funnel;

/** The chart's figures as a table, always shown: every step with its form, count, conversion and median days. */
export function FunnelTable({ data }: { data: ComplianceFunnel }) {
  return (
    <section className="panel" aria-labelledby="funnel-table-title">
      <h3 id="funnel-table-title" className="panel__title">
        {t.tableTitle}
      </h3>
      <TableScroll labelledBy="funnel-table-title">
        <table className="data-table funnel-table" data-testid="funnel-table">
          <thead>
            <tr>
              <th scope="col">{t.columns.step}</th>
              <th scope="col">{t.columns.form}</th>
              <th scope="col" className="num">
                {t.columns.reached}
              </th>
              <th scope="col" className="num">
                {t.columns.conversion}
              </th>
              <th scope="col" className="num">
                {t.columns.medianDays}
              </th>
              <th scope="col" className="num">
                {t.columns.doneInWindow(formatDate(data.window.from))}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.steps.map((step) => (
              <tr key={step.step} data-testid="funnel-row" data-step={step.step}>
                <th scope="row">{stepLabel(step.step)}</th>
                <td>
                  {step.form ?? (
                    <>
                      <span aria-hidden="true">{MISSING}</span>
                      <span className="visually-hidden">{t.noForm}</span>
                    </>
                  )}
                </td>
                <td className="num" data-testid="funnel-reached">
                  {formatInteger(step.reached)}
                </td>
                <td className="num" data-testid="funnel-conversion">
                  {formatPercent(step.conversion)}
                </td>
                <td className="num">{step.medianDays === null ? MISSING : formatNumber(step.medianDays, 1)}</td>
                <td className="num" data-testid="funnel-done-in-window">
                  {formatInteger(step.doneInWindow)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
