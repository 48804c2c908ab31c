import type { ReactNode } from 'react';
import { useCatalogue } from '../../api/useCatalogue';
import { text } from '../../i18n/vi';
import { textOverview } from '../../i18n/vi-overview';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { OverviewDashboard } from './OverviewDashboard';
import { OverviewFrame } from './OverviewFrame';
import './overview.css';

/** "Tổng quan": the landing page. Who is ahead, who is behind and on what, and late payment against its references. */
export function OverviewPage() {
  const catalogue = useCatalogue();
  const data = catalogue.data;

  if (data && data.plans.length > 0 && data.metrics.length > 0) {
    return <OverviewDashboard plans={data.plans} metrics={data.metrics} provinces={data.provinces} />;
  }
  let content: ReactNode;
  if (catalogue.error !== undefined) {
    content = <ErrorPanel title={textOverview.errors.reference} error={catalogue.error} onRetry={catalogue.reload} />;
  } else if (!data) {
    content = <LoadingState />;
  } else {
    content = <p className="notice">{data.plans.length === 0 ? text.errors.noPlan : text.errors.noMetric}</p>;
  }
  return <OverviewFrame plan={undefined}>{content}</OverviewFrame>;
}
