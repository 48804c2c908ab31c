import type { MouseEvent } from 'react';
import { textNotifications } from '../../i18n/vi-notifications';
import { navigateTo } from '../../navigation/location-store';
import { HEADER_ROUTES, isPlainLeftClick } from '../../navigation/routes';
import { unreadBadge, unreadSuffix } from './notification-labels';
import { useUnreadCount } from './useUnreadCount';

const t = textNotifications.header;

/**
 * "Cảnh báo" in the header with the unread count as a badge. Its name holds what it shows, "Cảnh báo, 2 chưa đọc"
 * for "Cảnh báo 2", so speech input can say what it sees (WCAG 2.5.3); it is set whole because a visually hidden
 * part would put a space before the comma in Chromium.
 */
export function NotificationsLink({ active }: { active: boolean }) {
  const state = useUnreadCount();
  const failed = state.status === 'failed';
  const badge = state.status === 'ready' ? unreadBadge(state.count) : failed ? '!' : null;
  const path = HEADER_ROUTES.notifications.path;

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainLeftClick(event)) return;
    event.preventDefault();
    navigateTo(path);
  };

  return (
    <a
      href={path}
      className="top-nav__alerts"
      aria-label={`${t.label}${unreadSuffix(state)}`}
      aria-current={active ? 'page' : undefined}
      title={failed ? t.countFailedTitle : undefined}
      data-testid="nav-notifications"
      data-unread={state.status === 'ready' ? state.count : undefined}
      onClick={onClick}
    >
      <svg className="top-nav__alerts-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      <span>{t.label}</span>{' '}
      {badge ? (
        <span
          className={failed ? 'top-nav__badge top-nav__badge--failed' : 'top-nav__badge'}
          aria-hidden="true"
          data-testid="notifications-badge"
        >
          {badge}
        </span>
      ) : null}
    </a>
  );
}
