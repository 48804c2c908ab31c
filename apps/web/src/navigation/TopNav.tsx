import type { MouseEvent } from 'react';
import { NotificationsLink } from '../features/notifications/NotificationsLink';
import type { Viewer } from '../session/viewer.queries';
import { can } from '../session/permissions';
import { text } from '../i18n/vi';
import { SkipLink } from '../ui/SkipLink';
import { hrefFor, navigate } from './location-store';
import { isPlainLeftClick, navRouteOf, navRoutesFor, type NavRouteId, type RouteId } from './routes';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

type TopNavProps = {
  current: RouteId | undefined;
  /** Null before anyone is signed in: the bar shows the product only. */
  viewer: Viewer | null;
};

/**
 * The bar above every page: the product, a link to each page the viewer may use, "Cảnh báo" with the unread count,
 * and who is signed in.
 */
export function TopNav({ current, viewer }: TopNavProps) {
  // An account that must set its password first has nowhere else to go yet.
  const signedIn = viewer && !viewer.mustChangePassword ? viewer : null;
  const routes = signedIn ? navRoutesFor(signedIn.permissions) : [];
  const currentInBar = navRouteOf(current);
  return (
    <header className="top-nav">
      <SkipLink />
      <div className="top-nav__inner">
        <p className="top-nav__brand">
          <span className="top-nav__product">{text.app.productName}</span>
          <span className="top-nav__org">{text.app.organisation}</span>
        </p>
        {routes.length > 0 ? (
          <nav aria-label={text.nav.label} className="top-nav__nav">
            <ul className="top-nav__links">
              {routes.map((route) => (
                <li key={route}>
                  <NavLink route={route} active={route === currentInBar} />
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {signedIn && can(signedIn, 'notifications.own') ? (
          <NotificationsLink active={current === 'notifications'} />
        ) : null}
        <LanguageSwitch />
        {viewer ? <UserMenu viewer={viewer} /> : null}
      </div>
    </header>
  );
}

const TEST_IDS: Record<NavRouteId, string> = {
  overview: 'nav-overview',
  ranking: 'nav-ranking',
  latePayment: 'nav-late-payment',
  compliance: 'nav-compliance',
  plans: 'nav-plans',
  planSettings: 'nav-plan-settings',
  report: 'nav-report',
  approvals: 'nav-approvals',
  accounts: 'nav-accounts',
  apiTokens: 'nav-api-tokens',
  auditLog: 'nav-audit-log',
};

function NavLink({ route, active }: { route: NavRouteId; active: boolean }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainLeftClick(event)) return;
    event.preventDefault();
    navigate(route);
  };
  return (
    <a
      href={hrefFor(route)}
      className="top-nav__link"
      aria-current={active ? 'page' : undefined}
      data-testid={TEST_IDS[route]}
      onClick={onClick}
    >
      {text.nav.short[route] ?? text.nav.pages[route]}
    </a>
  );
}
