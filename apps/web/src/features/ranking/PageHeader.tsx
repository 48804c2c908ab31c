import type { Plan } from '../../api/graphql-types';
import { formatDate, formatDateRange } from '../../i18n/format';
import { vi } from '../../i18n/vi';

type PageHeaderProps = { plan?: Plan };

export function PageHeader({ plan }: PageHeaderProps) {
  const t = vi.ranking;
  return (
    <header className="page-header">
      <p className="page-header__brand">
        <span className="page-header__product">{vi.app.productName}</span>
        <span className="page-header__org">{vi.app.organisation}</span>
      </p>
      <h1 className="page-header__title">{t.pageTitle}</h1>
      {plan ? (
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
      ) : null}
    </header>
  );
}
