import { useEffect } from 'react';
import type { Viewer } from './api/graphql-types';
import { AccountsPage } from './features/accounts/AccountsPage';
import { ApiTokensPage } from './features/api-tokens/ApiTokensPage';
import { ApprovalsPage } from './features/approvals/ApprovalsPage';
import { AuditLogPage } from './features/audit/AuditLogPage';
import { ChangePasswordPage } from './features/auth/ChangePasswordPage';
import { SignInPage } from './features/auth/SignInPage';
import { LatePaymentPage } from './features/late-payment/LatePaymentPage';
import { PlansPage } from './features/plans/PlansPage';
import { ProvincePage } from './features/province/ProvincePage';
import { RankingPage } from './features/ranking/RankingPage';
import { ReportPage } from './features/report/ReportPage';
import { vi } from './i18n/vi';
import { ForbiddenPage } from './navigation/ForbiddenPage';
import { useLocation } from './navigation/location-store';
import { NotFoundPage } from './navigation/NotFoundPage';
import { matchRoute, requiredAction, type RouteMatch } from './navigation/routes';
import { TopNav } from './navigation/TopNav';
import { can } from './session/permissions';
import { SessionShell } from './session/SessionShell';

export function App() {
  const { pathname } = useLocation();
  const match = matchRoute(pathname);
  const route = match?.id;

  // A province page names its province in the title once it knows it.
  useEffect(() => {
    document.title = vi.app.documentTitle(route ? vi.nav.pages[route] : vi.notFound.title);
  }, [route]);

  // Signing in needs no session: the page shows the product only, no links to pages nobody may see yet.
  if (match?.id === 'signIn') {
    return (
      <>
        <TopNav current="signIn" viewer={null} />
        <SignInPage />
      </>
    );
  }
  return (
    <SessionShell>
      {(viewer) => (
        <>
          <TopNav current={route} viewer={viewer} />
          {match ? <GuardedPage match={match} viewer={viewer} /> : <NotFoundPage pathname={pathname} />}
        </>
      )}
    </SessionShell>
  );
}

/** The page, or a "không có quyền" notice when the viewer's role may not use it. */
function GuardedPage({ match, viewer }: { match: RouteMatch; viewer: Viewer }) {
  const action = requiredAction(match);
  if (action !== null && !can(viewer, action)) return <ForbiddenPage title={vi.nav.pages[match.id]} viewer={viewer} />;
  return <Page match={match} />;
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
    case 'approvals':
      return <ApprovalsPage />;
    case 'accounts':
      return <AccountsPage />;
    case 'apiTokens':
      return <ApiTokensPage />;
    case 'auditLog':
      return <AuditLogPage />;
    case 'province':
      return <ProvincePage code={match.provinceCode} />;
    case 'changePassword':
      return <ChangePasswordPage />;
    case 'signIn':
      return <SignInPage />;
  }
}
