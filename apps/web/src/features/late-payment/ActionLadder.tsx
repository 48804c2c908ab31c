import { bucketAction, bucketName } from '../../i18n/server-text';
import type { NationalLatePayment } from './late-payment.queries';
import { MISSING, formatInteger, formatPercent } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { formatAmountWithUnit, formatVnd } from './amounts';
import { BUCKET_CLASS, figuresInOrder } from './buckets';

const t = text.latePayment.ladder;

/** The three steps of the arrears ladder: each bucket's employers and amount, and the action it calls for. */
export function ActionLadder({ national }: { national: NationalLatePayment }) {
  return (
    <section className="panel" aria-labelledby="action-ladder-title">
      <h2 id="action-ladder-title" className="panel__title">
        {t.title} <span className="panel__subtitle">({t.subtitle})</span>
      </h2>
      <ol className="ladder">
        {figuresInOrder(national.buckets).map(({ bucket, figure }, i) => (
          <li
            key={bucket}
            className={`ladder__step ${BUCKET_CLASS[bucket]}`}
            data-testid="action-step"
            data-bucket={bucket}
          >
            <p className="ladder__number">{t.step(formatInteger(i + 1))}</p>
            <h3 className="ladder__label">{figure ? bucketName(figure) : bucket}</h3>
            <p className="ladder__figures">
              <strong>{t.employers(formatInteger(figure?.employers))}</strong>
              <span title={formatVnd(figure?.amount)}>
                {formatAmountWithUnit(figure?.amount)}
                {figure && national.overdue > 0 ? ` (${formatPercent(figure.amount / national.overdue)})` : ''}
              </span>
            </p>
            <p className="ladder__action">
              <span className="ladder__action-label">{t.action}:</span> {figure ? bucketAction(figure) : MISSING}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
