import { useEffect, type ReactNode } from 'react';
import { isUnauthenticated } from '../api/graphql-client';
import { useOperationQuery } from '../api/useOperationQuery';
import { text } from '../i18n/vi';
import { redirectTo, useLocation } from '../navigation/location-store';
import { SESSION_ROUTES } from '../navigation/routes';
import { TopNav } from '../navigation/TopNav';
import { ErrorPanel } from '../ui/ErrorPanel';
import { LoadingState } from '../ui/LoadingState';
import { signInHref } from './session-paths';
import { ME_QUERY, type Viewer } from './viewer.queries';
import { ViewerProvider } from './ViewerContext';
import { PageMain } from '../ui/PageMain';

const NO_VARIABLES = {};

/**
 * Asks the server who is signed in before showing any page: no session sends the viewer to sign in (and back here
 * afterwards), an account that must set a password goes to do that first, and everyone else gets their pages with
 * the viewer in context.
 */
export function SessionShell({ children }: { children: (viewer: Viewer) => ReactNode }) {
  const me = useOperationQuery(ME_QUERY, NO_VARIABLES);
  const { pathname, search } = useLocation();
  const viewer = me.data?.me;
  const signedOut = isUnauthenticated(me.error);
  const mustChangePassword = viewer?.mustChangePassword === true && pathname !== SESSION_ROUTES.changePassword.path;

  useEffect(() => {
    if (signedOut) redirectTo(signInHref(`${window.location.pathname}${window.location.search}`));
  }, [signedOut]);
  useEffect(() => {
    if (mustChangePassword) redirectTo(SESSION_ROUTES.changePassword.path);
  }, [mustChangePassword, pathname, search]);

  if (me.error !== undefined && !signedOut) {
    return (
      <Frame>
        <ErrorPanel title={text.session.errorTitle} error={me.error} onRetry={me.reload} />
      </Frame>
    );
  }
  if (!viewer || signedOut || mustChangePassword) {
    return (
      <Frame>
        <LoadingState />
      </Frame>
    );
  }
  return <ViewerProvider viewer={viewer}>{children(viewer)}</ViewerProvider>;
}

/** The bar with the product only, while nobody is known yet. */
function Frame({ children }: { children: ReactNode }) {
  return (
    <>
      <TopNav current={undefined} viewer={null} />
      <PageMain className="page">
        <div className="page__main">{children}</div>
      </PageMain>
    </>
  );
}
