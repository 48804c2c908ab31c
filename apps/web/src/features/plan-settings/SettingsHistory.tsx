import { textPlanSettings } from '../../i18n/vi-plan-settings';
import { TableScroll } from '../../ui/TableScroll';
import { formatInstant } from '../accounts/timestamps';
import type { PlanSettingsVersion, SettingsMetric } from './plan-settings.queries';
import { thresholdsLine, weightsLine } from './settings-summary';

type SettingsHistoryProps = {
  history: readonly PlanSettingsVersion[];
  metrics: readonly SettingsMetric[];
  inForce: number;
};

const t = textPlanSettings.history;

/** Every version of the plan's settings, newest first, the defaults (version 0) last. */
export function SettingsHistory({ history, metrics, inForce }: SettingsHistoryProps) {
  return (
    <section className="panel" aria-labelledby="settings-history-title" data-testid="settings-history">
      <h2 id="settings-history-title" className="panel__title">
        {t.title}
      </h2>
      <p className="panel__note">{t.intro}</p>
      <TableScroll labelledBy="settings-history-title">
        <table className="data-table plan-settings__history" aria-labelledby="settings-history-title">
          <thead>
            <tr>
              <th scope="col">{t.version}</th>
              <th scope="col">{t.setAt}</th>
              <th scope="col">{t.setBy}</th>
              <th scope="col">{t.note}</th>
              <th scope="col">{t.thresholds}</th>
              <th scope="col">{t.weights}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((version) => {
              const defaults = version.version === 0;
              return (
                <tr key={version.version} data-testid="settings-history-row" data-version={version.version}>
                  <th scope="row">
                    {version.version}
                    {version.version === inForce ? <span className="plan-settings__tag">{t.inForce}</span> : null}
                  </th>
                  <td>{defaults ? textPlanSettings.inForce.defaults : formatInstant(version.setAt)}</td>
                  <td>{defaults ? textPlanSettings.inForce.defaults : (version.setBy ?? '—')}</td>
                  <td className="plan-settings__note">{version.note}</td>
                  <td>{thresholdsLine(version)}</td>
                  <td>{weightsLine(version.weights, metrics)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
