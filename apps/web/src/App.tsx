import type { QueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, type ReactNode } from 'react';
import type { Viewer } from './session/viewer.queries';
import { text } from './i18n/vi';
import { ForbiddenPage } from './navigation/ForbiddenPage';
import { useLocation } from './navigation/location-store';
import { NotFoundPage } from './navigation/NotFoundPage';
import { matchRoute, requiredAction, type RouteId, type RouteMatch } from './navigation/routes';
import { pageChunk } from './navigation/page-chunk';
import { prefetchCatalogue } from './api/useCatalogue';
import { TopNav } from './navigation/TopNav';
import { can } from './session/permissions';
import { SessionShell } from './session/SessionShell';
import { LoadingState } from './ui/LoadingState';
import { PageMain } from './ui/PageMain';

// One chunk per page, loaded when the page is first shown: the overview's map and the charts of a page are
// downloaded only by those who open it. The chunk of the page the browser opens on starts downloading at once
// (preloadPageOf in main.tsx), beside the session check, rather than after it.
const PAGE_CHUNKS = {
  overview: pageChunk(() => import('./features/overview/OverviewPage').then((m) => ({ default: m.OverviewPage }))),
  ranking: pageChunk(() => import('./features/ranking/RankingPage').then((m) => ({ default: m.RankingPage }))),
  latePayment: pageChunk(() =>
    import('./features/late-payment/LatePaymentPage').then((m) => ({ default: m.LatePaymentPage })),
  ),
  compliance: pageChunk(() =>
    import('./features/compliance/CompliancePage').then((m) => ({ default: m.CompliancePage })),
  ),
  complianceCase: pageChunk(() =>
    import('./features/compliance/case/ComplianceCasePage').then((m) => ({ default: m.ComplianceCasePage })),
  ),
  plans: pageChunk(() => import('./features/plans/PlansPage').then((m) => ({ default: m.PlansPage }))),
  planSettings: pageChunk(() =>
    import('./features/plan-settings/PlanSettingsPage').then((m) => ({ default: m.PlanSettingsPage })),
  ),
  report: pageChunk(() => import('./features/report/ReportPage').then((m) => ({ default: m.ReportPage }))),
  approvals: pageChunk(() => import('./features/approvals/ApprovalsPage').then((m) => ({ default: m.ApprovalsPage }))),
  accounts: pageChunk(() => import('./features/accounts/AccountsPage').then((m) => ({ default: m.AccountsPage }))),
  apiTokens: pageChunk(() => import('./features/api-tokens/ApiTokensPage').then((m) => ({ default: m.ApiTokensPage }))),
  auditLog: pageChunk(() => import('./features/audit/AuditLogPage').then((m) => ({ default: m.AuditLogPage }))),
  notifications: pageChunk(() =>
    import('./features/notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })),
  ),
  alertSettings: pageChunk(() =>
    import('./features/alert-settings/AlertSettingsPage').then((m) => ({ default: m.AlertSettingsPage })),
  ),
  alertThresholds: pageChunk(() =>
    import('./features/alert-thresholds/AlertThresholdsPage').then((m) => ({ default: m.AlertThresholdsPage })),
  ),
  province: pageChunk(() => import('./features/province/ProvincePage').then((m) => ({ default: m.ProvincePage }))),
  changePassword: pageChunk(() =>
    import('./features/auth/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })),
  ),
  signIn: pageChunk(() => import('./features/auth/SignInPage').then((m) => ({ default: m.SignInPage }))),
} satisfies Record<RouteId, { preload: () => Promise<unknown> }>;

const OverviewPage = PAGE_CHUNKS.overview.Page;
const RankingPage = PAGE_CHUNKS.ranking.Page;
const LatePaymentPage = PAGE_CHUNKS.latePayment.Page;
const CompliancePage = PAGE_CHUNKS.compliance.Page;
const ComplianceCasePage = PAGE_CHUNKS.complianceCase.Page;
const PlansPage = PAGE_CHUNKS.plans.Page;
const PlanSettingsPage = PAGE_CHUNKS.planSettings.Page;
const ReportPage = PAGE_CHUNKS.report.Page;
const ApprovalsPage = PAGE_CHUNKS.approvals.Page;
const AccountsPage = PAGE_CHUNKS.accounts.Page;
const ApiTokensPage = PAGE_CHUNKS.apiTokens.Page;
const AuditLogPage = PAGE_CHUNKS.auditLog.Page;
const NotificationsPage = PAGE_CHUNKS.notifications.Page;
const AlertSettingsPage = PAGE_CHUNKS.alertSettings.Page;
const AlertThresholdsPage = PAGE_CHUNKS.alertThresholds.Page;
const ProvincePage = PAGE_CHUNKS.province.Page;
const ChangePasswordPage = PAGE_CHUNKS.changePassword.Page;
const SignInPage = PAGE_CHUNKS.signIn.Page;

/** The pages that open with the catalogue (plans, metrics, provinces): it is asked for at start-up. */
const OPEN_WITH_CATALOGUE: ReadonlySet<RouteId> = new Set([
  'overview',
  'province',
  'report',
  'approvals',
  'compliance',
  'alertThresholds',
]);

/** Starts loading the chunk of the page at this path, if it is one, and the catalogue it opens with. */
export function preloadPageOf(pathname: string, queryClient: QueryClient): void {
  const id = matchRoute(pathname)?.id;
  if (!id) return;
  void PAGE_CHUNKS[id].preload();
  if (OPEN_WITH_CATALOGUE.has(id)) prefetchCatalogue(queryClient);
}

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
    case 'compliance':
      return <CompliancePage />;
    case 'complianceCase':
      return <ComplianceCasePage id={match.caseId} />;
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
    case 'notifications':
      return <NotificationsPage />;
    case 'alertSettings':
      return <AlertSettingsPage />;
    case 'alertThresholds':
      return <AlertThresholdsPage />;
    case 'province':
      return <ProvincePage code={match.provinceCode} />;
    case 'changePassword':
      return <ChangePasswordPage />;
    case 'signIn':
      return <SignInPage />;
  }
}
