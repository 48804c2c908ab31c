import { useEffect } from 'react';
import { LatePaymentPage } from './features/late-payment/LatePaymentPage';
import { PlansPage } from './features/plans/PlansPage';
import { ProvincePage } from './features/province/ProvincePage';
import { RankingPage } from './features/ranking/RankingPage';
import { ReportPage } from './features/report/ReportPage';
import { vi } from './i18n/vi';
import { useLocation } from './navigation/location-store';
import { NotFoundPage } from './navigation/NotFoundPage';
import { matchRoute, type RouteMatch } from './navigation/routes';
import { TopNav } from './navigation/TopNav';

export function App() {
  const { pathname } = useLocation();
  const match = matchRoute(pathname);
  const route = match?.id;

  // A province page names its province in the title once it knows it.
  useEffect(() => {
    document.title = vi.app.documentTitle(route ? vi.nav.pages[route] : vi.notFound.title);
  }, [route]);

  return (
    <>
      <TopNav current={route} />
      {match ? <Page match={match} /> : <NotFoundPage pathname={pathname} />}
    </>
  );
}

function Page({ match }: { match: RouteMatch }) {
  switch (match.id) {
    case 'ranking':
      return <RankingPage />;
    case 'latePayment':
      return <LatePaymentPage />;
    case 'plans':
      return <PlansPage />;
    case 'report':
      return <ReportPage />;
    case 'province':
      return <ProvincePage code={match.provinceCode} />;
  }
}
