import { useId } from 'react';
import { textAlertThresholds } from '../../i18n/vi-alert-thresholds';
import { TableScroll } from '../../ui/TableScroll';
import { formatInstant } from '../accounts/timestamps';
import type { ThresholdVersion } from './alert-thresholds.queries';
import type { ThresholdScope } from './threshold-scope';
import { fieldsOfScope, thresholdText } from './threshold-values';

type ThresholdHistoryProps = {
  history: readonly ThresholdVersion[];
  scope: ThresholdScope;
  scopeLabel: string;
};

const t = textAlertThresholds;

/** Every stored version of the scope's thresholds, newest first; a value not set reads "kế thừa". */
export function ThresholdHistory({ history, scope, scopeLabel }: ThresholdHistoryProps) {
  const id = useId();
  const fields = fieldsOfScope(scope);
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="threshold-history">
      <h2 id={`${id}-title`} className="panel__title">
        {t.history.title}
      </h2>
      {history.length === 0 ? (
        <p className="panel__empty" data-testid="threshold-history-empty">
          {t.history.empty}
        </p>
      ) : (
        <>
          {/* Said once to a screen reader, by the caption; shown here, outside the box that scrolls on a phone. */}
          <p className="panel__note" aria-hidden="true">
            {t.history.caption(scopeLabel)}
          </p>
          <TableScroll labelledBy={`${id}-caption`}>
            <table className="data-table alert-thresholds__history">
              <caption id={`${id}-caption`} className="visually-hidden">
                {t.history.caption(scopeLabel)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t.history.version}</th>
                  {fields.map((field) => (
                    <th key={field} scope="col" className="num">
                      {t.fields[field]}
                    </th>
                  ))}
                  <th scope="col">{t.history.setBy}</th>
                  <th scope="col">{t.history.setAt}</th>
                  <th scope="col">{t.history.note}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((version) => (
                  <tr key={version.version} data-testid="threshold-history-row" data-version={version.version}>
                    <th scope="row">{version.version}</th>
                    {fields.map((field) => {
                      const value = version[field];
                      return (
                        <td key={field} className="num" data-field={field}>
                          {value === null ? (
                            <span className="alert-thresholds__inherited">{t.history.inherited}</span>
                          ) : (
                            thresholdText(field, value)
                          )}
                        </td>
                      );
                    })}
                    <td>{version.setBy}</td>
                    <td className="nowrap">{formatInstant(version.setAt)}</td>
                    <td className="alert-thresholds__text" data-testid="threshold-history-note">
                      {version.note}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
