import type { ReactNode } from 'react';
import { text } from '../../i18n/vi';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { RankingDashboard } from './RankingDashboard';
import { useReferenceData } from './useReferenceData';
import { RankingLayout } from './RankingLayout';

/** "Xếp hạng tỉnh": the provinces (the 63, or the 34) ranked on one metric of a plan at a date. */
export function RankingPage() {
  const reference = useReferenceData();
  const plans = reference.data?.plans ?? [];
  const metrics = reference.data?.metrics ?? [];

  if (reference.data && plans.length > 0 && metrics.length > 0) {
    // The plan comes from the address (the first by default): the dashboard names it in the header.
    return <RankingDashboard plans={plans} metrics={metrics} />;
  }
  let content: ReactNode;
  if (reference.error !== undefined) {
    content = <ErrorPanel title={text.errors.referenceTitle} error={reference.error} onRetry={reference.reload} />;
  } else if (!reference.data) {
    content = <LoadingState />;
  } else if (plans.length === 0) {
    content = <p className="notice">{text.errors.noPlan}</p>;
  } else {
    content = <p className="notice">{text.errors.noMetric}</p>;
  }
  return <RankingLayout plan={undefined}>{content}</RankingLayout>;
}
