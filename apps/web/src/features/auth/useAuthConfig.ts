import { useEffect, useState } from 'react';
import { fetchAuthConfig, type AuthConfig } from '../../api/auth-client';

export type AuthConfigState =
  { status: 'loading' } | { status: 'loaded'; config: AuthConfig } | { status: 'failed'; error: unknown };

/** The sign-in options the server offers (identity provider, demo accounts), asked once. */
export function useAuthConfig(): AuthConfigState {
  const [state, setState] = useState<AuthConfigState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    fetchAuthConfig().then(
      (config) => current && setState({ status: 'loaded', config }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}
