import { referenceName } from '../../i18n/server-text';
import type { LatePayment } from './late-payment.queries';
import { formatDate, formatInteger, formatPercent, formatYearMonth } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { SummaryCard } from '../../ui/SummaryCard';
import { formatAmountWithUnit, formatPercentagePoints, formatRatio, formatVnd } from './amounts';
import { isMonthEnd } from './ledger-months';
import { nearestReference } from './references';

const t = text.latePayment.summary;

/** National ratio beside its nearest reference point, the amounts it divides, and how many employers owe. */
export function LatePaymentSummary({ data }: { data: LatePayment }) {
  const { national } = data;
  const reference = nearestReference(data.references, data.asOf);
  const employerShare = national.employers > 0 ? national.employersInArrears / national.employers : null;

  return (
    <section className="summary" aria-label={t.label} data-testid="late-payment-summary">
      <SummaryCard label={t.ratio} value={formatRatio(national.ratio)} testId="late-payment-national-ratio">
        {reference ? (
          <>
            <span className="summary__line" data-testid="late-payment-reference">
              {t.reference(formatRatio(reference.ratio), referenceName(reference), formatDate(reference.asOf))}
            </span>
            {national.ratio !== null ? (
              <span className="summary__line">
                {t.referenceDifference(formatPercentagePoints(national.ratio - reference.ratio))}
              </span>
            ) : null}
            {!isMonthEnd(data.asOf) ? (
              <span className="summary__line" data-testid="late-payment-mid-month-note">
                {t.midMonth}
              </span>
            ) : null}
          </>
        ) : (
          t.noReference
        )}
      </SummaryCard>

      <SummaryCard
        label={t.overdue}
        value={formatAmountWithUnit(national.overdue)}
        valueTitle={formatVnd(national.overdue)}
      >
        {t.overdueDetail}
      </SummaryCard>

      <SummaryCard
        label={t.receivable}
        value={formatAmountWithUnit(national.receivable)}
        valueTitle={formatVnd(national.receivable)}
      >
        {t.receivableDetail(formatYearMonth(data.asOf.slice(0, 7)))}
      </SummaryCard>

      <SummaryCard
        label={t.employers}
        value={t.employersValue(formatInteger(national.employersInArrears), formatInteger(national.employers))}
        tone={national.employersInArrears > 0 ? 'warning' : undefined}
      >
        {t.employersDetail(formatPercent(employerShare))}
      </SummaryCard>
    </section>
  );
}
