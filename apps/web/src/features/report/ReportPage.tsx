import type { ReactNode } from 'react';
import { useCatalogue } from '../../api/useCatalogue';
import { text } from '../../i18n/vi';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { ReportForm } from './ReportForm';
import { PageMain } from '../../ui/PageMain';

/** "Nhập báo cáo": a province's cumulative figures for one report date, typed in. */
export function ReportPage() {
  const catalogue = useCatalogue();
  const data = catalogue.data;
  // The first plan is the default, as on the ranking page.
  const plan = data?.plans[0];

  let content: ReactNode;
  if (catalogue.error !== undefined) {
    content = <ErrorPanel title={text.report.errors.reference} error={catalogue.error} onRetry={catalogue.reload} />;
  } else if (!data) {
    content = <LoadingState />;
  } else if (!plan) {
    content = <p className="notice">{text.errors.noPlan}</p>;
  } else if (data.metrics.length === 0) {
    content = <p className="notice">{text.errors.noMetric}</p>;
  } else {
    content = <ReportForm plan={plan} metrics={data.metrics} provinces={data.provinces} />;
  }

  return (
    <PageMain className="page">
      <PageHeader title={text.report.pageTitle}>
        <p className="page-header__intro">{text.report.intro}</p>
      </PageHeader>
      <div className="page__main">{content}</div>
    </PageMain>
  );
}
