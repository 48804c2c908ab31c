import { useId } from 'react';
import { monthOf } from '@scorecard/domain';
import type { IsoDate } from '../../api/scalars';
import { formatDate, formatInteger, formatYearMonth } from '../../i18n/format';
import { textCompliance } from '../../i18n/vi-compliance';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { SyntheticBanner } from '../../ui/SyntheticBanner';
import { TableScroll } from '../../ui/TableScroll';
import type { Report08kt } from './compliance.queries';
import { defaultReport08Date, report08DatesOf, report08Months } from './compliance-dates';
import { REPORT_08KT_COLUMNS, report08Cell, report08ExportHref, report08Heading, report08Rows } from './report-08kt';
import { useReport08 } from './useComplianceData';

type Report08ViewProps = {
  asOf: IsoDate;
  province: string | null;
  /** From the URL; null: the latest report date on or before asOf. */
  reportDate: IsoDate | null;
  onReportDate: (date: IsoDate) => void;
};

const t = textCompliance.report;

/** Report 08-KT at a report date: the province's row, or every province's and the national total. */
export function Report08View({ asOf, province, reportDate, onReportDate }: Report08ViewProps) {
  const date = reportDate ?? defaultReport08Date(asOf);
  const report = useReport08(date, province);
  const data = report.data?.complianceReport08;
  return (
    <section className="panel" aria-labelledby="report08-title">
      <h2 id="report08-title" className="panel__title">
        {t.title} <span className="panel__subtitle">({formatDate(date)})</span>
      </h2>
      <p className="panel__note">{t.intro}</p>
      <Report08DatePicker date={date} asOf={asOf} onChange={onReportDate} />
      <p className="report08__download">
        <a href={report08ExportHref(date, province)} download data-testid="report08-download">
          {t.download(formatDate(date))}
        </a>
      </p>
      {report.error !== undefined ? (
        <ErrorPanel title={t.errorTitle} error={report.error} onRetry={report.reload} />
      ) : !data ? (
        <LoadingState />
      ) : (
        <div className={report.loading ? 'is-stale' : undefined} aria-busy={report.loading}>
          {data.synthetic ? <SyntheticBanner message={textCompliance.syntheticBanner} /> : null}
          <p className="panel__note" data-testid="report08-window">
            {t.window(formatDate(data.from), formatDate(data.reportDate), formatDate(data.yearFrom))}
          </p>
          <Report08Table data={data} />
        </div>
      )}
    </section>
  );
}

function Report08DatePicker({
  date,
  asOf,
  onChange,
}: {
  date: IsoDate;
  asOf: IsoDate;
  onChange: (date: IsoDate) => void;
}) {
  const month = monthOf(date);
  const months = report08Months(asOf > date ? asOf : date);
  const dates = report08DatesOf(month);
  const [tenth, twentieth, last] = dates;
  // Another month keeps the day chosen: the 10th, the 20th or the last day.
  const day = Math.max(0, dates.indexOf(date));
  const chooseMonth = (chosen: string) => onChange(report08DatesOf(chosen)[day] ?? last);
  return (
    <div className="report08__picker">
      <label className="field">
        <span className="field__label">{t.month}</span>
        <select data-testid="report08-month" value={month} onChange={(event) => chooseMonth(event.target.value)}>
          {months.map((m) => (
            <option key={m} value={m}>
              {formatYearMonth(m)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t.day}</span>
        <select data-testid="report08-day" value={date} onChange={(event) => onChange(event.target.value)}>
          <option value={tenth}>
            {t.days.tenth} ({formatDate(tenth)})
          </option>
          <option value={twentieth}>
            {t.days.twentieth} ({formatDate(twentieth)})
          </option>
          <option value={last}>
            {t.days.last} ({formatDate(last)})
          </option>
        </select>
      </label>
    </div>
  );
}

function Report08Table({ data }: { data: Report08kt }) {
  const captionId = useId();
  const rows = report08Rows(data.rows);
  return (
    <TableScroll labelledBy={captionId} className="report08-scroll">
      <table className="data-table report08-table" data-testid="report08-table">
        <caption id={captionId} className="visually-hidden">
          {t.title} · {formatDate(data.reportDate)}
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="report08-table__place">
              {t.province}
            </th>
            <th scope="col" rowSpan={2} className="num">
              {t.overdue}
            </th>
            {REPORT_08KT_COLUMNS.map((column) => (
              <th key={column} scope="colgroup" colSpan={2} className="report08-table__group">
                {report08Heading(column)}
              </th>
            ))}
          </tr>
          <tr>
            {REPORT_08KT_COLUMNS.flatMap((column) => [
              <th key={`${column}-period`} scope="col" className="num report08-table__sub">
                {t.period}
              </th>,
              <th key={`${column}-ytd`} scope="col" className="num report08-table__sub">
                {t.yearToDate}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.province?.code ?? 'national'}
              className={row.province === null ? 'report08-table__total' : undefined}
              data-testid="report08-row"
              data-province-code={row.province?.code ?? ''}
            >
              <th scope="row" className="report08-table__place">
                {row.province ? `${row.province.code} · ${row.province.nameVi}` : t.national}
              </th>
              <td className="num">{formatInteger(row.overdue)}</td>
              {REPORT_08KT_COLUMNS.flatMap((column) => [
                <td key={`${column}-period`} className="num">
                  {report08Cell(row.period, column)}
                </td>,
                <td key={`${column}-ytd`} className="num">
                  {report08Cell(row.yearToDate, column)}
                </td>,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
