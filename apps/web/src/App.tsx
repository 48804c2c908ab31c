import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import type { Viewer } from './api/graphql-types';
import { text } from './i18n/vi';
import { ForbiddenPage } from './navigation/ForbiddenPage';
import { useLocation } from './navigation/location-store';
import { NotFoundPage } from './navigation/NotFoundPage';
import { matchRoute, requiredAction, type RouteMatch } from './navigation/routes';
import { TopNav } from './navigation/TopNav';
import { can } from './session/permissions';
import { SessionShell } from './session/SessionShell';
import { LoadingState } from './ui/LoadingState';
import { PageMain } from './ui/PageMain';

// One chunk per page, loaded when the page is first shown: the overview's map and the charts of a page are
// downloaded only by those who open it.
const OverviewPage = lazy(() => import('./features/overview/OverviewPage').then((m) => ({ default: m.OverviewPage })));
const RankingPage = lazy(() => import('./features/ranking/RankingPage').then((m) => ({ default: m.RankingPage })));
const LatePaymentPage = lazy(() =>
  import('./features/late-payment/LatePaymentPage').then((m) => ({ default: m.LatePaymentPage })),
);
const PlansPage = lazy(() => import('./features/plans/PlansPage').then((m) => ({ default: m.PlansPage })));
const PlanSettingsPage = lazy(() =>
  import('./features/plan-settings/PlanSettingsPage').then((m) => ({ default: m.PlanSettingsPage })),
);
const ReportPage = lazy(() => import('./features/report/ReportPage').then((m) => ({ default: m.ReportPage })));
const ApprovalsPage = lazy(() =>
  import('./features/approvals/ApprovalsPage').then((m) => ({ default: m.ApprovalsPage })),
);
const AccountsPage = lazy(() => import('./features/accounts/AccountsPage').then((m) => ({ default: m.AccountsPage })));
const ApiTokensPage = lazy(() =>
  import('./features/api-tokens/ApiTokensPage').then((m) => ({ default: m.ApiTokensPage })),
);
const AuditLogPage = lazy(() => import('./features/audit/AuditLogPage').then((m) => ({ default: m.AuditLogPage })));
const ProvincePage = lazy(() => import('./features/province/ProvincePage').then((m) => ({ default: m.ProvincePage })));
const ChangePasswordPage = lazy(() =>
  import('./features/auth/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })),
);
const SignInPage = lazy(() => import('./features/auth/SignInPage').then((m) => ({ default: m.SignInPage })));

/** While a page's chunk downloads: the page frame with the loading state, so nothing jumps when it arrives. */
function PageChunk({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <PageMain className="page">
          <LoadingState />
        </PageMain>
      }
    >
      {children}
    </Suspense>
  );
}

export function App() {
  const { pathname } = useLocation();
  const match = matchRoute(pathname);
  const route = match?.id;

  // A province page names its province in the title once it knows it.
  useEffect(() => {
    document.title = text.app.documentTitle(route ? text.nav.pages[route] : text.notFound.title);
  }, [route]);

  // Signing in needs no session: the page shows the product only, no links to pages nobody may see yet.
  if (match?.id === 'signIn') {
    return (
      <>
        <TopNav current="signIn" viewer={null} />
        <PageChunk>
          <SignInPage />
        </PageChunk>
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
  if (action !== null && !can(viewer, action))
    return <ForbiddenPage title={text.nav.pages[match.id]} viewer={viewer} />;
  return (
    <PageChunk>
      <Page match={match} />
    </PageChunk>
  );
}

function Page({ match }: { match: RouteMatch }) {
  switch (match.id) {
    case 'overview':
      return <OverviewPage />;
    case 'ranking':
      return <RankingPage />;
    case 'latePayment':
      return <LatePaymentPage />;
    case 'plans':
      return <PlansPage />;
    case 'planSettings':
      return <PlanSettingsPage />;
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
