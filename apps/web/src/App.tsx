import { useEffect } from 'react';
import { PlansPage } from './features/plans/PlansPage';
import { RankingPage } from './features/ranking/RankingPage';
import { vi } from './i18n/vi';
import { useLocation } from './navigation/location-store';
import { NotFoundPage } from './navigation/NotFoundPage';
import { routeFromPath, type RouteId } from './navigation/routes';
import { TopNav } from './navigation/TopNav';

export function App() {
  const { pathname } = useLocation();
  const route = routeFromPath(pathname);

  useEffect(() => {
    document.title = vi.app.documentTitle(route ? vi.nav.pages[route] : vi.notFound.title);
  }, [route]);

  return (
    <>
      <TopNav current={route} />
      {route ? <Page route={route} /> : <NotFoundPage pathname={pathname} />}
    </>
  );
}

function Page({ route }: { route: RouteId }) {
  switch (route) {
    case 'ranking':
      return <RankingPage />;
    case 'plans':
      return <PlansPage />;
  }
}
