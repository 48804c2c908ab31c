// Where the session sends the viewer: to the sign-in page with the page to come back to (?tiep=…), and from it,
// once signed in, back there or to the viewer's first page. Pure, so each rule is tested without a browser.
import { SESSION_ROUTES } from '../navigation/routes';

const SIGN_IN = SESSION_ROUTES.signIn.path;
const CHANGE_PASSWORD = SESSION_ROUTES.changePassword.path;
const SCRATCH_ORIGIN = 'http://scorecard.invalid';

/**
 * The sign-in page, with the page to come back to. The bare start page is not worth coming back to: each role has
 * its own first page (a director's province, a data officer's approvals), which the server gives on sign-in.
 */
export function signInHref(currentHref: string): string {
  const next = safeNextPath(currentHref);
  return next === null || next === '/' ? SIGN_IN : `${SIGN_IN}?tiep=${encodeURIComponent(next)}`;
}

/**
 * A path of this site to go to, or null. Anything that could leave the site is refused (an absolute URL, "//host",
 * "/\host", control characters), and so are the session's own pages, which would go round in a circle.
 */
export function safeNextPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if ([...value].some((c) => c < ' ' || c === '\\')) return null;
  let url: URL;
  try {
    url = new URL(value, SCRATCH_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== SCRATCH_ORIGIN) return null;
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  if (path === SIGN_IN || path === CHANGE_PASSWORD) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** After signing in: set a password first when asked to, else the page the viewer came from, else their home. */
export function pageAfterSignIn(
  answer: { home: string; mustChangePassword: boolean },
  tiep: string | null | undefined,
): string {
  if (answer.mustChangePassword) return CHANGE_PASSWORD;
  return safeNextPath(tiep) ?? answer.home;
}
