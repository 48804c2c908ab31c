import type { MouseEvent } from 'react';
import { vi } from '../i18n/vi';
import { hrefFor, navigate } from './location-store';
import { NAV_ROUTE_IDS, isPlainLeftClick, type NavRouteId, type RouteId } from './routes';

type TopNavProps = { current: RouteId | undefined };

/** The bar above every page: the product and a link to each page. */
export function TopNav({ current }: TopNavProps) {
  return (
    <header className="top-nav">
      <div className="top-nav__inner">
        <p className="top-nav__brand">
          <span className="top-nav__product">{vi.app.productName}</span>
          <span className="top-nav__org">{vi.app.organisation}</span>
        </p>
        <nav aria-label={vi.nav.label}>
          <ul className="top-nav__links">
            {NAV_ROUTE_IDS.map((route) => (
              <li key={route}>
                <NavLink route={route} active={route === current} />
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}

const TEST_IDS: Record<NavRouteId, string> = {
  ranking: 'nav-ranking',
  latePayment: 'nav-late-payment',
  plans: 'nav-plans',
  report: 'nav-report',
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
      {vi.nav.pages[route]}
    </a>
  );
}
