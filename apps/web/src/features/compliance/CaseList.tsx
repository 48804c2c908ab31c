import type { ReactNode } from 'react';
import type { IsoDate } from '../../api/scalars';
import { formatInteger } from '../../i18n/format';
import { textCompliance } from '../../i18n/vi-compliance';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { SyntheticBanner } from '../../ui/SyntheticBanner';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { openArgument, type ComplianceParams } from './compliance-params';
import { useComplianceCases } from './useComplianceData';

type CaseListProps = {
  asOf: IsoDate;
  province: string | null;
  params: ComplianceParams;
  onChange: (change: Partial<ComplianceParams>) => void;
};

const t = textCompliance.cases;

/** The cases of the province or the nation at the date, filtered, by case number, a page at a time. */
export function CaseList({ asOf, province, params, onChange }: CaseListProps) {
  const cases = useComplianceCases({
    asOf,
    province,
    overdueOnly: params.overdueOnly,
    waitingFor: params.waitingFor,
    open: openArgument(params.state),
    search: params.search,
    dueBy: null,
  });

  let list: ReactNode;
  if (cases.status === 'failed') {
    list = <ErrorPanel title={t.errorTitle} error={cases.error} onRetry={cases.reload} />;
  } else if (cases.status === 'loading') {
    list = <LoadingState />;
  } else if (cases.rows.length === 0) {
    list = (
      <p className="panel__empty" data-testid="cases-empty">
        {t.empty}
      </p>
    );
  } else {
    list = (
      <>
        {cases.rows.some((row) => row.synthetic) ? <SyntheticBanner message={textCompliance.syntheticBanner} /> : null}
        <CaseTable
          rows={cases.rows}
          asOf={asOf}
          showProvince={province === null}
          labelledBy="case-list-title"
          testId="case-table"
        />
        <p className="list-shown" data-testid="cases-shown" data-total-count={cases.total}>
          {t.shown(formatInteger(cases.rows.length), formatInteger(cases.total))}
        </p>
        {cases.status === 'more-failed' ? (
          <ErrorPanel title={t.moreErrorTitle} error={cases.error} onRetry={cases.loadMore} />
        ) : cases.hasMore ? (
          <button
            type="button"
            className="button button--secondary"
            data-testid="cases-more"
            disabled={cases.status === 'loading-more'}
            onClick={cases.loadMore}
          >
            {cases.status === 'loading-more' ? t.loadingMore : t.more(formatInteger(cases.remaining))}
          </button>
        ) : null}
      </>
    );
  }

  return (
    <section className="panel" aria-labelledby="case-list-title">
      <h2 id="case-list-title" className="panel__title">
        {t.title}
      </h2>
      <CaseFilters params={params} onChange={onChange} />
      {list}
    </section>
  );
}
