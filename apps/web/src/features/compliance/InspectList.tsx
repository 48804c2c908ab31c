import type { ReactNode } from 'react';
import type { IsoDate } from '../../api/scalars';
import { formatDate, formatInteger, formatMonthYear, MISSING } from '../../i18n/format';
import { textCompliance } from '../../i18n/vi-compliance';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { TableScroll } from '../../ui/TableScroll';
import { formatAmountWithUnit } from '../late-payment/amounts';
import { useEmployersToInspect } from './useComplianceData';

type InspectListProps = { asOf: IsoDate; province: string | null; place: string };

const t = textCompliance.inspect;

/** "Nên kiểm tra": a province's employers owing three months or more without a case at the inspection stage. */
export function InspectList({ asOf, province, place }: InspectListProps) {
  return (
    <section className="panel" aria-labelledby="inspect-title">
      <h2 id="inspect-title" className="panel__title">
        {t.title}{' '}
        <span className="panel__subtitle">
          ({place}, {formatDate(asOf)})
        </span>
      </h2>
      <p className="panel__note">{t.intro}</p>
      {province === null ? (
        <p className="notice" data-testid="inspect-choose-province">
          {t.chooseProvince}
        </p>
      ) : (
        <InspectTable key={`${province}|${asOf}`} province={province} asOf={asOf} />
      )}
    </section>
  );
}

function InspectTable({ province, asOf }: { province: string; asOf: IsoDate }) {
  const employers = useEmployersToInspect(province, asOf);
  if (employers.status === 'failed')
    return <ErrorPanel title={t.errorTitle} error={employers.error} onRetry={employers.reload} />;
  if (employers.status === 'loading') return <LoadingState />;
  if (employers.rows.length === 0)
    return (
      <p className="panel__empty" data-testid="inspect-empty">
        {t.empty}
      </p>
    );

  let more: ReactNode = null;
  if (employers.status === 'more-failed')
    more = <ErrorPanel title={t.errorTitle} error={employers.error} onRetry={employers.loadMore} />;
  else if (employers.hasMore)
    more = (
      <button
        type="button"
        className="button button--secondary"
        data-testid="inspect-more"
        disabled={employers.status === 'loading-more'}
        onClick={employers.loadMore}
      >
        {employers.status === 'loading-more'
          ? textCompliance.cases.loadingMore
          : t.more(formatInteger(employers.remaining))}
      </button>
    );

  return (
    <>
      <TableScroll labelledBy="inspect-title">
        <table className="data-table inspect-table" data-testid="inspect-table">
          <thead>
            <tr>
              <th scope="col">{t.columns.id}</th>
              <th scope="col">{t.columns.taxCode}</th>
              <th scope="col">{t.columns.name}</th>
              <th scope="col">{t.columns.district}</th>
              <th scope="col" className="num">
                {t.columns.overdue}
              </th>
              <th scope="col" className="num">
                {t.columns.oldestMonth}
              </th>
            </tr>
          </thead>
          <tbody>
            {employers.rows.map((row) => (
              <tr key={row.employer.id} data-testid="inspect-row" data-employer-id={row.employer.id}>
                <td className="nowrap">{row.employer.id}</td>
                <td className="nowrap">{row.employer.taxCode ?? MISSING}</td>
                <th scope="row">
                  <span translate="no">{row.employer.name}</span>
                </th>
                <td>{row.employer.district}</td>
                <td className="num" title={formatAmountWithUnit(row.overdue)}>
                  {formatInteger(row.overdue)}
                </td>
                <td className="num">{formatMonthYear(row.oldestOverdueMonth)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="list-shown" data-testid="inspect-shown" data-total-count={employers.total}>
        {t.shown(formatInteger(employers.rows.length), formatInteger(employers.total))}
      </p>
      {more}
    </>
  );
}
