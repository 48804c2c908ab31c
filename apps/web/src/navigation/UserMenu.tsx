import { roleLabel } from '../features/accounts/roles';
import { useEffect, useId, useRef, useState } from 'react';
import { AuthRequestError, signOut } from '../api/auth-client';
import type { Viewer } from '../session/viewer.queries';
import { text } from '../i18n/vi';
import { authErrorMessage } from '../session/auth-messages';
import { AppLink } from './AppLink';
import { SESSION_ROUTES } from './routes';

const t = text.userMenu;

/** Who is signed in (name, role, province), with "Đổi mật khẩu" and "Đăng xuất". */
export function UserMenu({ viewer }: { viewer: Viewer }) {
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const role = viewer.province
    ? t.roleInProvince(roleLabel(viewer.role), viewer.province.nameVi)
    : roleLabel(viewer.role);
  const bySession = viewer.via !== 'TOKEN';

  // Closes on Escape (focus back on the button) and on a click anywhere else.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  const onSignOut = async () => {
    setSigningOut(true);
    setProblem(null);
    try {
      await signOut();
    } catch (error) {
      // A session that has already ended is as good as signed out; anything else leaves it open, so say so.
      if (!(error instanceof AuthRequestError && error.status === 401)) {
        setProblem(t.signOutFailed(authErrorMessage(error)));
        setSigningOut(false);
        return;
      }
    }
    // A full load: nothing of the signed-in pages stays in memory.
    window.location.assign(SESSION_ROUTES.signIn.path);
  };

  return (
    <div className="user-menu" ref={rootRef} data-testid="user-menu">
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="user-menu-button"
        onClick={() => setOpen((value) => !value)}
      >
        {/* The name comes from the visible text, so speech input can say what it sees ("Tài khoản: <name>"). */}
        <span className="visually-hidden">{t.account} </span>
        <span className="user-menu__name" translate="no">
          {viewer.displayName}
        </span>
        <span className="user-menu__role" data-testid="user-menu-role">
          {role}
        </span>
        <span className="user-menu__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!open}>
        <p className="user-menu__who">
          <strong>{viewer.displayName}</strong>
          <span>{role}</span>
          <span className="user-menu__login">{bySession ? t.login(viewer.login) : t.viaToken}</span>
        </p>
        <ul className="user-menu__actions" aria-label={t.label}>
          {bySession ? (
            <li>
              <AppLink
                href={SESSION_ROUTES.changePassword.path}
                className="user-menu__action"
                testId="change-password-link"
                onNavigate={() => setOpen(false)}
              >
                {t.changePassword}
              </AppLink>
            </li>
          ) : null}
          <li>
            <button
              type="button"
              className="user-menu__action"
              data-testid="sign-out"
              disabled={signingOut}
              onClick={() => void onSignOut()}
            >
              {signingOut ? t.signingOut : t.signOut}
            </button>
          </li>
        </ul>
        <div aria-live="polite">{problem ? <p className="user-menu__problem">{problem}</p> : null}</div>
      </div>
    </div>
  );
}
