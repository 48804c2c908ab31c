import type { ReactNode } from 'react';
import type { Plan } from '../../api/fields';
import { text } from '../../i18n/vi';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { PlanDetails } from './PlanDetails';
import { RankingDashboard } from './RankingDashboard';
import { useReferenceData } from './useReferenceData';
import { PageMain } from '../../ui/PageMain';

/** "Xếp hạng tỉnh": the 63 provinces ranked on one metric of the plan at a date. */
export function RankingPage() {
  const reference = useReferenceData();
  // The first plan is the default; the schema has one today (2800-KH-BHXH-2021).
  const plan = reference.data?.plans[0];
  const metrics = reference.data?.metrics ?? [];

  let content: ReactNode;
  if (reference.error !== undefined) {
    content = <ErrorPanel title={text.errors.referenceTitle} error={reference.error} onRetry={reference.reload} />;
  } else if (!reference.data) {
    content = <LoadingState />;
  } else if (!plan) {
    content = <p className="notice">{text.errors.noPlan}</p>;
  } else if (metrics.length === 0) {
    content = <p className="notice">{text.errors.noMetric}</p>;
  } else {
    content = <RankingDashboard plan={plan} metrics={metrics} />;
  }

  return <PageLayout plan={plan}>{content}</PageLayout>;
}

function PageLayout({ plan, children }: { plan: Plan | undefined; children: ReactNode }) {
  return (
    <PageMain className="page">
      <PageHeader title={text.ranking.pageTitle}>{plan ? <PlanDetails plan={plan} /> : null}</PageHeader>
      <div className="page__main">{children}</div>
    </PageMain>
  );
}
