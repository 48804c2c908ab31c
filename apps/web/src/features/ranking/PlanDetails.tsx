import type { Plan } from '../../api/fields';
import { formatDate, formatDateRange } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { textUnitSets } from '../../i18n/vi-unit-sets';

/** The plan the ranking is for, under the page title. */
export function PlanDetails({ plan }: { plan: Plan }) {
  const t = text.ranking;
  return (
    <dl className="page-header__plan">
      <div>
        <dt className="visually-hidden">{t.plan}</dt>
        <dd className="page-header__plan-title">
          <span translate="no">{plan.title}</span>
          {plan.synthetic ? (
            <span className="badge badge--synthetic" title={textUnitSets.plan.sampleTitle} data-testid="plan-sample">
              {textUnitSets.plan.sampleBadge}
            </span>
          ) : null}
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
