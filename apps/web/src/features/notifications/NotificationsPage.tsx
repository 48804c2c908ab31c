import { useEffect, useId, useRef, useState } from 'react';
import { useOperationQuery } from '../../api/useOperationQuery';
import { formatInteger } from '../../i18n/format';
import { LANGUAGE } from '../../i18n/language';
import { text } from '../../i18n/vi';
import { textNotifications } from '../../i18n/vi-notifications';
import { navigateTo } from '../../navigation/location-store';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { PageMain } from '../../ui/PageMain';
import { Announcement } from '../accounts/Announcement';
import { AlertPagesLinks } from './AlertPagesLinks';
import { matchingCount, pageCount, pageInRange, pageVariables, shownRange } from './notification-params';
import { NotificationCard } from './NotificationCard';
import { NotificationPager } from './NotificationPager';
import { NOTIFICATIONS_QUERY, type NotificationItem } from './notifications.queries';
import './notifications.css';
import { useMarkRead, type MarkRequest } from './useMarkRead';
import { useNotificationParams } from './useNotificationParams';

const t = textNotifications;

/** "Cảnh báo": the viewer's alerts, newest date first, 20 to a page; opening one marks it read. */
export function NotificationsPage() {
  const id = useId();
  const { params, invalid, update, correct } = useNotificationParams();
  const list = useOperationQuery(NOTIFICATIONS_QUERY, { ...pageVariables(params), language: LANGUAGE });
  const { mark, busyId, failure } = useMarkRead();
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const answer = list.data?.notifications;
  const count = answer ? matchingCount(answer, params.unreadOnly) : undefined;
  // A page past the end (the list shrank, or an old link) shows the last page instead, once the answer is current.
  const fallbackPage = count === undefined || list.loading ? null : pageInRange(params.page, count);
  useEffect(() => {
    if (fallbackPage !== null) correct(fallbackPage);
  }, [fallbackPage, correct]);

  const run = (request: MarkRequest) => {
    setAnnouncement('');
    void mark(request).then((done) => {
      if (!done) return;
      if (request.purpose === 'open') {
        navigateTo(request.path);
        return;
      }
      setAnnouncement(t.marked(request.item.subject));
      // The button is gone once it is read: the focus goes to its link, or to the list when the filter drops it.
      const link = params.unreadOnly
        ? null
        : listRef.current?.querySelector<HTMLElement>(
            `[data-id="${CSS.escape(request.item.id)}"] [data-testid="notification-link"]`,
          );
      (link ?? headingRef.current)?.focus();
    });
  };
  const onOpen = (item: NotificationItem, path: string) => {
    if (item.readAt !== null) navigateTo(path);
    else run({ item, purpose: 'open', path });
  };
  const onMarkRead = (item: NotificationItem) => run({ item, purpose: 'mark' });

  let content;
  if (list.error !== undefined) {
    content = <ErrorPanel title={t.loadTitle} error={list.error} onRetry={list.reload} />;
  } else if (!answer || count === undefined) {
    content = <LoadingState />;
  } else {
    const pages = pageCount(count);
    // Which of them are shown, once there is more than one page.
    const range = pages > 1 ? shownRange(params.page, answer.items.length) : null;
    content = (
      <section aria-labelledby={`${id}-list`} className={list.loading ? 'is-stale' : undefined}>
        <h2 id={`${id}-list`} ref={headingRef} tabIndex={-1} className="section-title">
          {t.listTitle}
        </h2>
        <p className="panel__note" data-testid="notifications-summary">
          {t.summary(formatInteger(answer.unreadCount), formatInteger(answer.totalCount))}
          {range ? ` · ${t.shown(formatInteger(range.from), formatInteger(range.to), formatInteger(count))}` : null}
        </p>
        {answer.items.length === 0 ? (
          <p className="panel panel__empty" data-testid="notifications-empty">
            {params.unreadOnly ? t.emptyUnread : t.empty}
          </p>
        ) : (
          <ul className="notification-list" ref={listRef}>
            {answer.items.map((item) => (
              <li key={item.id}>
                <NotificationCard item={item} busy={busyId === item.id} onOpen={onOpen} onMarkRead={onMarkRead} />
              </li>
            ))}
          </ul>
        )}
        <NotificationPager params={params} pages={pages} />
      </section>
    );
  }

  return (
    <PageMain className="page notifications-page" testId="notifications-page">
      <PageHeader title={text.nav.pages.notifications}>
        <p className="page-header__intro">{t.intro}</p>
        <AlertPagesLinks />
      </PageHeader>
      <div className="page__main">
        {invalid.length > 0 ? <p className="notice">{text.errors.invalidParams(invalid.join(', '))}</p> : null}
        <div className="controls notifications-filter" role="group" aria-label={t.filter.label}>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={params.unreadOnly}
              onChange={(event) => {
                setAnnouncement('');
                update({ unreadOnly: event.target.checked, page: 1 });
              }}
              data-testid="notifications-unread-only"
            />
            {t.filter.unreadOnly}
          </label>
        </div>
        <Announcement message={announcement} testId="notifications-announcement" />
        {failure ? (
          <ErrorPanel
            title={
              failure.request.purpose === 'open'
                ? t.errors.open(failure.request.item.subject)
                : t.errors.mark(failure.request.item.subject)
            }
            error={failure.error}
            onRetry={() => run(failure.request)}
          />
        ) : null}
        {content}
      </div>
    </PageMain>
  );
}
