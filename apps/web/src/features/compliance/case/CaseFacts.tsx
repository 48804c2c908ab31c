import { formatDate, formatInteger, formatMonthYear } from '../../../i18n/format';
import { textCompliance } from '../../../i18n/vi-compliance';
import { formatAmountWithUnit, formatVnd } from '../../late-payment/amounts';
import type { ComplianceCase } from '../compliance.queries';
import { arrearsBucketLabel, listKindWithForms } from '../compliance-labels';

const t = textCompliance.casePage;

/** Who the employer is, as its latest listing gives it. */
export function CaseFacts({ data }: { data: ComplianceCase }) {
  const f = t.facts;
  return (
    <dl className="case-facts" aria-label={f.label} data-testid="case-facts">
      <div>
        <dt>{f.taxCode}</dt>
        <dd data-testid="case-tax-code">{data.taxCode}</dd>
      </div>
      <div>
        <dt>{f.province}</dt>
        <dd>
          {data.province.code} · {data.province.nameVi}
        </dd>
      </div>
      <div>
        <dt>{f.district}</dt>
        <dd>{data.district || f.none}</dd>
      </div>
      <div>
        <dt>{f.address}</dt>
        <dd>{data.address ?? f.none}</dd>
      </div>
      <div>
        <dt>{f.listKind}</dt>
        <dd>{listKindWithForms(data.listKind)}</dd>
      </div>
      <div>
        <dt>{f.workers}</dt>
        <dd>{formatInteger(data.workers)}</dd>
      </div>
      <div>
        <dt>{f.listings}</dt>
        <dd>{formatInteger(data.listings)}</dd>
      </div>
      <div>
        <dt>{f.openedOn}</dt>
        <dd>{formatDate(data.openedOn)}</dd>
      </div>
    </dl>
  );
}

/** The employer's arrears in the contribution ledger at the date, or that it owes nothing there. */
export function CaseArrears({ data }: { data: ComplianceCase }) {
  const a = t.arrears;
  const arrears = data.arrears;
  return (
    <section className="panel case-panel" aria-labelledby="case-arrears-title" data-testid="case-arrears">
      <h2 id="case-arrears-title" className="panel__title">
        {a.title}
      </h2>
      {arrears ? (
        <dl className="case-figures">
          <div>
            <dt>{a.overdue}</dt>
            <dd title={formatVnd(arrears.overdue)} data-testid="case-arrears-overdue">
              {formatAmountWithUnit(arrears.overdue)}
            </dd>
          </div>
          <div>
            <dt>{a.bucket}</dt>
            <dd>{arrearsBucketLabel(arrears.bucket)}</dd>
          </div>
          <div>
            <dt>{a.oldestMonth}</dt>
            <dd>{formatMonthYear(arrears.oldestOverdueMonth)}</dd>
          </div>
          <div>
            <dt>{a.employerId}</dt>
            <dd>{arrears.employerId}</dd>
          </div>
        </dl>
      ) : (
        <p className="panel__note" data-testid="case-arrears-none">
          {a.none}
        </p>
      )}
    </section>
  );
}
