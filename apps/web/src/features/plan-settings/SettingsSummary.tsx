import { formatNumber, formatPercent } from '../../i18n/format';
import { textPlanSettings } from '../../i18n/vi-plan-settings';
import { TableScroll } from '../../ui/TableScroll';
import { formatInstant } from '../accounts/timestamps';
import type { PlanSettingsVersion, SettingsMetric } from './plan-settings.queries';
import { bandSentence, latePaymentSentence, percentText, weightShares } from './settings-summary';

type SettingsSummaryProps = { settings: PlanSettingsVersion; metrics: readonly SettingsMetric[] };

const t = textPlanSettings.inForce;

/** The settings in force, in sentences, with the weights and their shares. */
export function SettingsSummary({ settings, metrics }: SettingsSummaryProps) {
  const defaults = settings.version === 0;
  return (
    <section
      className="panel"
      aria-labelledby="settings-in-force-title"
      data-testid="settings-summary"
      data-version={settings.version}
    >
      <h2 id="settings-in-force-title" className="panel__title">
        {t.title}: {t.version(settings.version)}
      </h2>
      <dl className="plan-settings__facts">
        <dt>{t.bands}</dt>
        <dd data-testid="summary-bands">{bandSentence(settings)}</dd>
        <dt>{t.latePayment}</dt>
        <dd data-testid="summary-late-payment">{latePaymentSentence(settings)}</dd>
        <dt>{t.cap}</dt>
        <dd data-testid="summary-cap">{percentText(settings.compositeCap)}</dd>
        <dt>{t.reference}</dt>
        <dd data-testid="summary-reference">{percentText(settings.latePaymentReference)}</dd>
        <dt>{t.setBy}</dt>
        <dd>{defaults ? t.defaults : (settings.setBy ?? '—')}</dd>
        <dt>{t.setAt}</dt>
        <dd>{defaults ? t.defaults : formatInstant(settings.setAt)}</dd>
        <dt>{t.note}</dt>
        <dd data-testid="summary-note">{settings.note}</dd>
      </dl>
      <h3 id="settings-weights-title" className="plan-settings__subtitle">
        {t.weightsTitle}
      </h3>
      <TableScroll labelledBy="settings-weights-title">
        <table className="data-table plan-settings__weights" aria-labelledby="settings-weights-title">
          <thead>
            <tr>
              <th scope="col">{t.metric}</th>
              <th scope="col" className="num">
                {t.weight}
              </th>
              <th scope="col" className="num">
                {t.share}
              </th>
            </tr>
          </thead>
          <tbody>
            {weightShares(settings.weights, metrics).map((w) => (
              <tr key={w.metric} data-testid="summary-weight" data-metric={w.metric}>
                <th scope="row">{w.label}</th>
                <td className="num">{formatNumber(w.weight, 2)}</td>
                <td className="num">{w.weight > 0 ? formatPercent(w.share, 1) : t.leftOut}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
