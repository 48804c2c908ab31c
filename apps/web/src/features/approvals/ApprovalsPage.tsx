import type { ReactNode } from 'react';
import { useCatalogue } from '../../api/useCatalogue';
import { textAccess } from '../../i18n/vi-access';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useViewer } from '../../session/ViewerContext';
import '../accounts/access.css';
import { FailurePanel } from '../accounts/FailurePanel';
import { ApprovalsView } from './ApprovalsView';
import { PageMain } from '../../ui/PageMain';

const t = textAccess.approvals;

/** "Duyệt báo cáo": submitted reports and their approval; directors and headquarters decide here. */
export function ApprovalsPage() {
  const catalogue = useCatalogue();
  const viewer = useViewer();
  // The first plan is the default, as on the other pages.
  const plan = catalogue.data?.plans[0];

  let content: ReactNode;
  if (catalogue.error !== undefined) {
    content = <FailurePanel title={t.referenceTitle} error={catalogue.error} onRetry={catalogue.reload} />;
  } else if (!catalogue.data) {
    content = <LoadingState />;
  } else if (!plan) {
    content = <p className="notice">{textAccess.errors.noPlan}</p>;
  } else {
    content = (
      <ApprovalsView
        plan={plan}
        metrics={catalogue.data.metrics}
        provinces={catalogue.data.provinces}
        viewer={viewer}
      />
    );
  }

  return (
    <PageMain className="page access-page">
      <PageHeader title={t.pageTitle}>
        <p className="page-header__intro">{t.intro}</p>
      </PageHeader>
      <div className="page__main">
        <p className="explanation">{t.rules}</p>
        {content}
      </div>
    </PageMain>
  );
}
