import { useId, type MouseEvent } from 'react';
import { formatDate, formatDateTime } from '../../i18n/format';
import { textNotifications } from '../../i18n/vi-notifications';
import { isPlainLeftClick } from '../../navigation/routes';
import { appPath, kindLabel } from './notification-labels';
import type { NotificationItem } from './notifications.queries';

type NotificationCardProps = {
  item: NotificationItem;
  /** This notification is being marked read. */
  busy: boolean;
  /** A plain click on an unread one: mark it read, then show its page. A read one goes there at once. */
  onOpen: (item: NotificationItem, path: string) => void;
  /** "Đánh dấu đã đọc", or an unread one opened in a new tab (Ctrl/⌘-click, middle click). */
  onMarkRead: (item: NotificationItem) => void;
};

const t = textNotifications.item;

/** One alert: kind, date, whether it is read (in words, not only by colour), subject as a link, body, when. */
export function NotificationCard({ item, busy, onOpen, onMarkRead }: NotificationCardProps) {
  const id = useId();
  const unread = item.readAt === null;
  const path = appPath(item.link);

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (path === null) return;
    if (isPlainLeftClick(event)) {
      event.preventDefault();
      onOpen(item, path);
    } else if (unread && event.button === 0) {
      // Ctrl/⌘- or Shift-click: the browser opens the page elsewhere; this one is read all the same.
      onMarkRead(item);
    }
  };
  const onAuxClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (unread && event.button === 1) onMarkRead(item);
  };

  return (
    <article
      className={unread ? 'notification-card notification-card--unread' : 'notification-card'}
      aria-labelledby={`${id}-subject`}
      aria-busy={busy || undefined}
      data-testid="notification"
      data-id={item.id}
      data-kind={item.kind}
      data-read={unread ? 'false' : 'true'}
    >
      <p className="notification-card__meta">
        {unread ? (
          <span className="badge badge--unread" data-testid="notification-unread">
            {t.unread}
          </span>
        ) : null}
        <span className="badge badge--muted" data-testid="notification-kind">
          {kindLabel(item.kind)}
        </span>
        <time dateTime={item.date} data-testid="notification-date">
          {formatDate(item.date)}
        </time>
      </p>
      <h3 id={`${id}-subject`} className="notification-card__subject">
        {path === null ? (
          item.subject
        ) : (
          <a href={path} onClick={onClick} onAuxClick={onAuxClick} data-testid="notification-link">
            {item.subject}
          </a>
        )}
      </h3>
      <p className="notification-card__body">{item.body}</p>
      {path === null ? <p className="notification-card__note">{t.noLink}</p> : null}
      <div className="notification-card__foot">
        <p className="notification-card__when">
          {t.raisedAt(formatDateTime(item.raisedAt))}
          {item.readAt !== null ? `, ${t.readAt(formatDateTime(item.readAt))}` : null}
        </p>
        {unread ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onMarkRead(item)}
            disabled={busy}
            data-testid="notification-mark-read"
          >
            {busy ? t.marking : t.markRead}
            <span className="visually-hidden">: {item.subject}</span>
          </button>
        ) : null}
      </div>
    </article>
  );
}
