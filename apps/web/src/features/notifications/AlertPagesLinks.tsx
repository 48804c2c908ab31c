import { text } from '../../i18n/vi';
import { textNotifications } from '../../i18n/vi-notifications';
import { AppLink } from '../../navigation/AppLink';
import { ALERT_ROUTES } from '../../navigation/routes';
import { can } from '../../session/permissions';
import { useViewer } from '../../session/ViewerContext';

/** "Cài đặt cảnh báo" for everyone, and "Ngưỡng cảnh báo" for whom may set the thresholds. */
export function AlertPagesLinks() {
  const viewer = useViewer();
  return (
    <nav className="alert-pages-links" aria-label={textNotifications.pagesLabel}>
      <ul>
        <li>
          <AppLink href={ALERT_ROUTES.alertSettings.path} testId="notifications-settings-link">
            {text.nav.pages.alertSettings}
          </AppLink>
        </li>
        {can(viewer, ALERT_ROUTES.alertThresholds.requires) ? (
          <li>
            <AppLink href={ALERT_ROUTES.alertThresholds.path} testId="notifications-thresholds-link">
              {text.nav.pages.alertThresholds}
            </AppLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
