import type { Plan } from '../../api/graphql-types';
import { formatDate, formatDateRange } from '../../i18n/format';
import { vi } from '../../i18n/vi';

/** The plan the ranking is for, under the page title. */
export function PlanDetails({ plan }: { plan: Plan }) {
  const t = vi.ranking;
  return (
    <dl className="page-header__plan">
      <div>
        <dt className="visually-hidden">{t.plan}</dt>
        <dd className="page-header__plan-title">{plan.title}</dd>
      </div>
      <div>
        <dt>{t.issuingDocument}:</dt>
        <dd>
          {plan.issuingDocument} ({formatDate(plan.issuedOn)})
        </dd>
      </div>
      <div>
        <dt>{t.period}:</dt>
        <dd>{formatDateRange(plan.periodStart, plan.periodEnd)}</dd>
      </div>
    </dl>
  );
}
