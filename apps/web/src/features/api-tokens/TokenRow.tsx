import { useEffect, useRef, useState } from 'react';
import { useOperationMutation } from '../../api/useOperationMutation';
import { textAccess } from '../../i18n/vi-access';
import type { ProvinceChoice } from '../accounts/accounts.queries';
import { FailurePanel } from '../accounts/FailurePanel';
import { provinceText } from '../accounts/ProvinceSelect';
import { roleLabel } from '../accounts/roles';
import { formatInstant } from '../accounts/timestamps';
import { REVOKE_API_TOKEN_MUTATION, type ApiToken } from './api-tokens.queries';
import { describeTokenStatus } from './token-status';

type TokenRowProps = {
  token: ApiToken;
  provinces: readonly ProvinceChoice[];
  columnCount: number;
  onRevoked: (label: string) => void;
};

const t = textAccess.apiTokens;

/** One token; "Thu hồi" asks first, in a row under it. */
export function TokenRow({ token, provinces, columnCount, onRevoked }: TokenRowProps) {
  const [confirming, setConfirming] = useState(false);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const revoke = useOperationMutation(REVOKE_API_TOKEN_MUTATION);
  const status = describeTokenStatus(token);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const cancel = () => {
    setConfirming(false);
    revoke.reset();
    revokeButton.current?.focus();
  };

  const confirm = () => {
    void revoke
      .run(() => Promise.resolve({ id: token.id }))
      .then((data) => {
        if (!data) return;
        setConfirming(false);
        onRevoked(token.label);
      });
  };

  return (
    <>
      <tr data-testid="token-row" data-id={token.id} data-status={status.status}>
        <th scope="row" className="access-table__key">
          {token.label}
          <span className="access-table__note audit-table__mono">bhxh_{token.id}…</span>
        </th>
        <td>{roleLabel(token.role)}</td>
        <td className="nowrap">{provinceText(token.provinceCode, provinces)}</td>
        <td className="access-table__login">{token.accountLogin ?? t.scriptToken}</td>
        <td className="access-table__when">
          {textAccess.common.createdBy(formatInstant(token.createdAt), token.createdBy)}
        </td>
        <td className="nowrap">{formatInstant(token.expiresAt)}</td>
        <td>
          <span className={status.badge}>{status.text}</span>
        </td>
        <td>
          {token.active ? (
            <button
              ref={revokeButton}
              type="button"
              className="button button--secondary button--small"
              aria-expanded={confirming}
              onClick={() => (confirming ? cancel() : setConfirming(true))}
              data-testid="token-revoke"
            >
              {t.revoke.action}
              <span className="visually-hidden"> {token.label}</span>
            </button>
          ) : null}
        </td>
      </tr>
      {confirming ? (
        <tr className="access-table__detail">
          <td colSpan={columnCount}>
            <div className="access-inline access-confirm" role="group" aria-label={t.revoke.action}>
              <p>{t.revoke.confirm(token.label)}</p>
              <div className="access-actions">
                <button
                  ref={confirmButton}
                  type="button"
                  className="button button--danger"
                  onClick={confirm}
                  disabled={revoke.state.status === 'running'}
                  data-testid="token-revoke-confirm"
                >
                  {revoke.state.status === 'running' ? t.revoke.running : t.revoke.submit}
                </button>
                <button type="button" className="button button--secondary" onClick={cancel}>
                  {textAccess.common.cancel}
                </button>
              </div>
              {revoke.state.status === 'failed' ? (
                <FailurePanel title={t.revoke.failed} error={revoke.state.error} level={4} />
              ) : null}
            </div>
          </td>
        </tr>
      ) : null}
    </>
  );
}
