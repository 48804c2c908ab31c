import type { ReactNode } from 'react';
import { text } from '../../i18n/vi';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { PlansOverview } from './PlansOverview';
import { usePlansData } from './usePlansData';
import { PageMain } from '../../ui/PageMain';

/** "Kế hoạch": the published quota tables, their versions and reconciliation, and the import of new ones. */
export function PlansPage() {
  const plans = usePlansData();

  let content: ReactNode;
  if (plans.error !== undefined) {
    content = <ErrorPanel title={text.plans.errors.listTitle} error={plans.error} onRetry={plans.reload} />;
  } else if (!plans.data) {
    content = <LoadingState />;
  } else {
    content = <PlansOverview plans={plans.data.plans} metrics={plans.data.metrics} />;
  }

  return (
    <PageMain className="page">
      <PageHeader title={text.plans.pageTitle}>
        <p className="page-header__intro">{text.plans.intro}</p>
      </PageHeader>
      <div className="page__main">{content}</div>
    </PageMain>
  );
}
