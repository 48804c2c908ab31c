import type { ReactNode } from 'react';
import type { Plan } from '../../api/fields';
import { text } from '../../i18n/vi';
import { PageHeader } from '../../ui/PageHeader';
import { PageMain } from '../../ui/PageMain';
import { PlanDetails } from './PlanDetails';

/** The ranking page around its content: the title and the plan shown. */
export function RankingLayout({ plan, children }: { plan: Plan | undefined; children: ReactNode }) {
  return (
    <PageMain className="page">
      <PageHeader title={text.ranking.pageTitle}>{plan ? <PlanDetails plan={plan} /> : null}</PageHeader>
      <div className="page__main">{children}</div>
    </PageMain>
  );
}
