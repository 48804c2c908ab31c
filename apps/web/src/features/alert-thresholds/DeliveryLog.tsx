import { useId } from 'react';
import { formatDateTime, formatInteger, MISSING } from '../../i18n/format';
import { textAlertThresholds } from '../../i18n/vi-alert-thresholds';
import { LoadingState } from '../../ui/LoadingState';
import { TableScroll } from '../../ui/TableScroll';
import { FailurePanel } from '../accounts/FailurePanel';
import { channelLabel, slotLabel, stateLabel } from './delivery-labels';
import { useDeliveryLog } from './useDeliveryLog';

const t = textAlertThresholds.delivery;

/** "Nhật ký gửi": the e-mail digests and webhook posts, newest first, with the last step of each. */
export function DeliveryLog() {
  const id = useId();
  const log = useDeliveryLog();

  let content;
  if (log.error !== undefined) {
    content = <FailurePanel title={t.loadFailed} error={log.error} onRetry={log.reload} level={3} />;
  } else if (!log.loaded) {
    content = <LoadingState />;
  } else if (log.messages.length === 0) {
    content = (
      <p className="panel__empty" data-testid="delivery-empty">
        {t.empty}
      </p>
    );
  } else {
    content = (
      <>
        {/* Said once to a screen reader, by the caption; shown here, outside the box that scrolls on a phone. */}
        <p className="panel__note" aria-hidden="true">
          {t.caption}
        </p>
        <TableScroll labelledBy={`${id}-caption`}>
          <table className="data-table alert-thresholds__delivery" data-testid="delivery-log">
            <caption id={`${id}-caption`} className="visually-hidden">
              {t.caption}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.channel}</th>
                <th scope="col">{t.address}</th>
                <th scope="col">{t.slot}</th>
                <th scope="col">{t.subject}</th>
                <th scope="col" className="num">
                  {t.alertCount}
                </th>
                <th scope="col">{t.state}</th>
                <th scope="col" className="num">
                  {t.attempts}
                </th>
                <th scope="col">{t.stateAt}</th>
                <th scope="col">{t.detail}</th>
              </tr>
            </thead>
            <tbody>
              {log.messages.map((message) => (
                <tr key={message.id} data-testid="delivery-row" data-state={message.state}>
                  <td>{channelLabel(message.channel)}</td>
                  <th scope="row" className="alert-thresholds__address">
                    {message.address}
                  </th>
                  <td className="nowrap">{slotLabel(message.slot)}</td>
                  <td className="alert-thresholds__text">{message.subject}</td>
                  <td className="num">{formatInteger(message.alertCount)}</td>
                  <td className="nowrap">{stateLabel(message.state)}</td>
                  <td className="num">{formatInteger(message.attempts)}</td>
                  <td className="nowrap">{formatDateTime(message.stateAt)}</td>
                  <td className="alert-thresholds__text">{message.detail ?? MISSING}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <p className="panel__note">{t.shown(formatInteger(log.messages.length))}</p>
        {log.moreError !== undefined ? (
          <FailurePanel title={t.loadFailed} error={log.moreError} onRetry={log.loadMore} level={3} />
        ) : null}
        {log.hasMore ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={log.loadMore}
            disabled={log.loadingMore}
            data-testid="delivery-more"
          >
            {log.loadingMore ? t.loadingMore : t.more}
          </button>
        ) : null}
      </>
    );
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="delivery-section">
      <h2 id={`${id}-title`} className="panel__title">
        {t.title}
      </h2>
      {content}
    </section>
  );
}
