import type { PlanWithVersions } from './plans.queries';
import { formatDate, formatDateRange, formatDayMonth, formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { textUnitSets } from '../../i18n/vi-unit-sets';
import { PlanVersionList } from './PlanVersionList';
import type { PlanChoice } from './plans-params';

type PlanCardProps = {
  plan: PlanWithVersions;
  /** The version of this plan shown below the list; null when another plan is shown. */
  shownVersion: number | null;
  onChoose: (choice: PlanChoice) => void;
};

export function PlanCard({ plan, shownVersion, onChoose }: PlanCardProps) {
  const t = text.plans.card;
  return (
    <article
      className={`plan-card${shownVersion !== null ? ' plan-card--shown' : ''}`}
      data-testid="plan-card"
      data-plan-id={plan.id}
      aria-labelledby={`plan-title-${plan.id}`}
    >
      {/* The title as the plan document publishes it: a proper name, in Vietnamese in either language. */}
      <h3 id={`plan-title-${plan.id}`} className="plan-card__title">
        <span translate="no">{plan.title}</span>
        {plan.synthetic ? (
          <span className="badge badge--synthetic" title={textUnitSets.plan.sampleTitle} data-testid="plan-sample">
            {textUnitSets.plan.sampleBadge}
          </span>
        ) : null}
      </h3>
      <dl className="plan-card__facts">
        <div>
          <dt>{t.issuingDocument}</dt>
          <dd>{t.issuedOn(plan.issuingDocument, formatDate(plan.issuedOn))}</dd>
        </div>
        <div>
          <dt>{t.issuer}</dt>
          <dd>{plan.issuer}</dd>
        </div>
        <div>
          <dt>{textUnitSets.plan.unitSet}</dt>
          <dd data-testid="plan-unit-set">{textUnitSets.field.options[plan.unitSet]}</dd>
        </div>
        <div>
          <dt>{t.period}</dt>
          <dd>{formatDateRange(plan.periodStart, plan.periodEnd)}</dd>
        </div>
        <div>
          <dt>{t.reportDates(formatInteger(plan.reportDates.length))}</dt>
          <dd className="plan-card__report-dates">
            {plan.reportDates.map((date) => (
              <time key={date} dateTime={date} title={formatDate(date)}>
                {formatDayMonth(date)}
              </time>
            ))}
          </dd>
        </div>
      </dl>
      <h4 className="plan-card__subtitle">{t.versions}</h4>
      <PlanVersionList plan={plan} shownVersion={shownVersion} onChoose={onChoose} />
    </article>
  );
}
