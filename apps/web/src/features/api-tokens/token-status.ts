// A token's state in words: in use, revoked (and when), or expired. The badge colour repeats the words.
import { textAccess } from '../../i18n/vi-access';
import { formatInstant } from '../accounts/timestamps';
import type { ApiToken } from './api-tokens.queries';

export type TokenStatus = 'active' | 'revoked' | 'expired';
export type TokenStatusView = { status: TokenStatus; text: string; badge: string };

export function describeTokenStatus(token: Pick<ApiToken, 'active' | 'revokedAt'>): TokenStatusView {
  const t = textAccess.apiTokens.status;
  if (token.revokedAt)
    return { status: 'revoked', text: t.revoked(formatInstant(token.revokedAt)), badge: 'badge badge--muted' };
  if (token.active) return { status: 'active', text: t.active, badge: 'badge badge--ok' };
  return { status: 'expired', text: t.expired, badge: 'badge badge--behind' };
}
