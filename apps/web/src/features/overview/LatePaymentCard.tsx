import { referenceName } from '../../i18n/server-text';
import type { QueryState } from '../../api/useOperationQuery';
import { formatDate, formatInteger, formatPercent } from '../../i18n/format';
import { textOverview } from '../../i18n/vi-overview';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { BandBadge } from './BandBadge';
import { latePaymentHeadline } from './late-payment-summary';
import type { LatePaymentNear } from './useOverviewData';

const t = textOverview.latePayment;

/** Late-payment ratios read with two decimals: 2,91 %, 3,37 %. */
export const formatLateRatio = (ratio: number | null | undefined) => formatPercent(ratio, 2);

type LatePaymentCardProps = { query: QueryState<LatePaymentNear> };

/** The national late-payment ratio at the ledger date nearest the plan's date, against 2,91 % and 3,37 %. */
export function LatePaymentCard({ query }: LatePaymentCardProps) {
  let body;
  if (query.error !== undefined) {
    body = <ErrorPanel title={textOverview.errors.latePayment} error={query.error} onRetry={query.reload} />;
  } else if (!query.data) {
    body = <LoadingState />;
  } else {
    const { data, asked } = query.data;
    const headline = latePaymentHeadline(data);
    body = (
      <>
        {headline.ratio !== null ? (
          <p className="ov-card__figure">
            <span className="ov-card__value" data-testid="overview-late-payment-ratio">
              {formatLateRatio(headline.ratio)}
            </span>
          </p>
        ) : (
          <p className="ov-card__figure ov-card__figure--none">{t.noRatio}</p>
        )}
        <p className="ov-card__reference">
          {t.referenceList(
            headline.references.map((r) => t.referenceItem(formatLateRatio(r.ratio), referenceName(r))).join(' · '),
          )}
        </p>
        <div className="ov-card__status">
          {headline.band ? <BandBadge band={headline.band} testId="overview-late-payment-band" /> : null}
          <p className="ov-card__change">{t.bandAgainst(formatLateRatio(headline.reference.ratio))}</p>
        </div>
        {headline.highest ? (
          <p className="ov-card__line" data-testid="overview-late-payment-above">
            {t.aboveHighest(formatInteger(headline.aboveHighest), formatLateRatio(headline.highest.ratio))}
          </p>
        ) : null}
        <p className="ov-card__line ov-card__date" data-testid="overview-late-payment-date">
          {data.asOf === asked ? t.date(formatDate(data.asOf)) : t.moved(formatDate(asked), formatDate(data.asOf))}
        </p>
      </>
    );
  }
  return (
    <article className="ov-card ov-card--late" data-testid="overview-late-payment-card">
      <h3 className="ov-card__title">{t.title}</h3>
      {body}
    </article>
  );
}
