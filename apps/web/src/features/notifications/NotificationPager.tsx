import { formatInteger } from '../../i18n/format';
import { textNotifications } from '../../i18n/vi-notifications';
import { AppLink } from '../../navigation/AppLink';
import { HEADER_ROUTES } from '../../navigation/routes';
import { toNotificationSearch, type NotificationParams } from './notification-params';

const t = textNotifications.paging;

/** "Trang trước", "Trang 2/3", "Trang sau": links, so a page can be opened in a tab or returned to with Back. */
export function NotificationPager({ params, pages }: { params: NotificationParams; pages: number }) {
  if (pages <= 1) return null;
  const href = (page: number) =>
    `${HEADER_ROUTES.notifications.path}${toNotificationSearch({ ...params, page }, window.location.search)}`;
  return (
    <nav className="notification-pager" aria-label={t.label} data-testid="notification-pager">
      {params.page > 1 ? (
        <AppLink href={href(params.page - 1)} className="button button--secondary" testId="notifications-previous">
          {t.previous}
        </AppLink>
      ) : null}
      <span className="notification-pager__position">
        {t.position(formatInteger(params.page), formatInteger(pages))}
      </span>
      {params.page < pages ? (
        <AppLink href={href(params.page + 1)} className="button button--secondary" testId="notifications-next">
          {t.next}
        </AppLink>
      ) : null}
    </nav>
  );
}
