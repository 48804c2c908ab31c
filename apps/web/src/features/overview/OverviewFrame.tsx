import type { ReactNode } from 'react';
import type { Plan } from '../../api/fields';
import { textOverview } from '../../i18n/vi-overview';
import { PageHeader } from '../../ui/PageHeader';
import { PlanDetails } from '../ranking/PlanDetails';
import { PageMain } from '../../ui/PageMain';

/** The page around the overview: its title, the plan it is about, and the content. */
export function OverviewFrame({ plan, children }: { plan: Plan | undefined; children: ReactNode }) {
  return (
    <PageMain className="page ov-page" testId="overview-page">
      <PageHeader title={textOverview.pageTitle}>
        {plan ? <PlanDetails plan={plan} /> : <p className="page-header__intro">{textOverview.intro}</p>}
      </PageHeader>
      <div className="page__main">{children}</div>
    </PageMain>
  );
}
