import type { Plan } from '../../api/fields';
import { formatDate, formatDateRange } from '../../i18n/format';
import { text } from '../../i18n/vi';

/** The plan the ranking is for, under the page title. */
export function PlanDetails({ plan }: { plan: Plan }) {
  const t = text.ranking;
  return (
    <dl className="page-header__plan">
      <div>
        <dt className="visually-hidden">{t.plan}</dt>
        <dd className="page-header__plan-title" translate="no">
          {plan.title}
        </dd>
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
