import { textAccess } from '../../i18n/vi-access';
import { OneTimeSecret } from '../accounts/OneTimeSecret';
import { formatInstant } from '../accounts/timestamps';
import type { CreatedApiToken } from './api-tokens.queries';

type CreatedTokenNoticeProps = { created: CreatedApiToken; onDismiss: () => void };

const t = textAccess.apiTokens.created;

/** The new token, this once: copy it now, it is never shown again. */
export function CreatedTokenNotice({ created, onDismiss }: CreatedTokenNoticeProps) {
  return (
    <section className="import-result import-result--saved access-token" data-testid="created-token">
      <h3 className="import-result__title">{t.title(created.apiToken.label)}</h3>
      <p className="access-warning" role="note">
        {t.warning}
      </p>
      <OneTimeSecret label={t.label} value={created.token} testId="created-token-secret">
        <p className="access-secret__note">{t.expires(formatInstant(created.apiToken.expiresAt))}</p>
      </OneTimeSecret>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {t.dismiss}
      </button>
    </section>
  );
}
