import { Inject, Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import { APP_CONFIG } from '../config/config.module';
import { isLoopbackHost, type AppConfig, type OidcConfig } from '../config/app-config';

// OpenID Connect sign-in with the agency's identity provider (authorization code flow with PKCE, state and nonce,
// through openid-client). The provider says who the person is; their role comes from their account here.

type SavedState = { state: string; nonce: string; verifier: string };

@Injectable()
export class OidcSignIn {
  private readonly settings: OidcConfig | null;
  private configuration: Promise<oidc.Configuration> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.settings = config.oidc;
  }

  get enabled(): boolean {
    return this.settings !== null;
  }

  private get redirectUri(): string {
    return `${this.config.publicUrl}/auth/oidc/callback`;
  }

  /** The provider's settings, discovered once (again after a failure). */
  private discover(settings: OidcConfig): Promise<oidc.Configuration> {
    if (!this.configuration) {
      const issuer = new URL(settings.issuer);
      // Plain http is allowed only for a provider on this machine (a test or a local gateway).
      const insecure = issuer.protocol === 'http:' && isLoopbackHost(issuer.hostname.replace(/^\[|\]$/g, ''));
      this.configuration = oidc
        .discovery(issuer, settings.clientId, settings.clientSecret, undefined, {
          execute: insecure ? [oidc.allowInsecureRequests] : [],
        })
        .catch((error: unknown) => {
          this.configuration = null;
          throw error;
        });
    }
    return this.configuration;
  }

  async start(): Promise<{ url: string; state: string }> {
    const settings = this.required();
    const configuration = await this.discover(settings);
    const saved: SavedState = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
    };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(saved.verifier),
      code_challenge_method: 'S256',
      state: saved.state,
      nonce: saved.nonce,
    });
    return { url: url.href, state: JSON.stringify(saved) };
  }

  /** Checks the provider's answer and returns who it vouches for: a stable subject and the login claim. */
  async finish(callbackUrl: URL, savedText: unknown): Promise<{ subject: string; login: string | null }> {
    const settings = this.required();
    if (typeof savedText !== 'string') throw new Error('no OpenID Connect sign-in was started in this browser');
    const saved = JSON.parse(savedText) as SavedState;
    const configuration = await this.discover(settings);
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: saved.verifier,
      expectedState: saved.state,
      expectedNonce: saved.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error('the identity provider sent no ID token');
    // Providers that keep profile claims out of the ID token give them at the userinfo endpoint.
    const claims: Record<string, unknown> =
      idClaims[settings.loginClaim] === undefined
        ? { ...(await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub)), ...idClaims }
        : idClaims;
    const value = claims[settings.loginClaim];
    const unverifiedEmail = settings.loginClaim === 'email' && claims.email_verified === false;
    return {
      subject: `${idClaims.iss}|${idClaims.sub}`,
      login: typeof value === 'string' && !unverifiedEmail ? value.toLowerCase() : null,
    };
  }

  private required(): OidcConfig {
    if (!this.settings) throw new Error('OpenID Connect is not configured');
    return this.settings;
  }
}
