import { textAlertThresholds } from '../../i18n/vi-alert-thresholds';
import { formatInstant } from '../accounts/timestamps';
import type { ThresholdsInForce as InForce } from './alert-thresholds.queries';
import type { ThresholdScope } from './threshold-scope';
import { THRESHOLD_FIELDS, inheritedFrom, thresholdText } from './threshold-values';

type ThresholdsInForceProps = { inForce: InForce; scope: ThresholdScope; scopeLabel: string };

const t = textAlertThresholds;

/** The four thresholds in force for the scope, each marked where it is inherited, and who set them, when and why. */
export function ThresholdsInForce({ inForce, scope, scopeLabel }: ThresholdsInForceProps) {
  return (
    <section
      className="panel"
      aria-labelledby="thresholds-in-force-title"
      data-testid="thresholds-in-force"
      data-version={inForce.version}
    >
      <h2 id="thresholds-in-force-title" className="panel__title">
        {t.inForce.title}: {scopeLabel} ({t.inForce.version(inForce.version)})
      </h2>
      <dl className="alert-thresholds__facts">
        {THRESHOLD_FIELDS.map((field) => {
          const inherited = inForce.inherited.includes(field);
          return (
            <div key={field} data-testid="threshold-in-force" data-field={field} data-inherited={inherited}>
              <dt>{t.fields[field]}</dt>
              <dd>
                <span className="alert-thresholds__value" data-testid="threshold-value">
                  {thresholdText(field, inForce[field])}
                </span>
                {inherited ? <span className="badge badge--muted">{inheritedFrom(scope)}</span> : null}
                <span className="alert-thresholds__meaning">{t.meanings[field]}</span>
              </dd>
            </div>
          );
        })}
        {inForce.version > 0 ? (
          <>
            <div>
              <dt>{t.inForce.setBy}</dt>
              <dd>{inForce.setBy}</dd>
            </div>
            <div>
              <dt>{t.inForce.setAt}</dt>
              <dd>{formatInstant(inForce.setAt)}</dd>
            </div>
            <div>
              <dt>{t.inForce.note}</dt>
              <dd data-testid="threshold-note">{inForce.note}</dd>
            </div>
          </>
        ) : null}
      </dl>
    </section>
  );
}
