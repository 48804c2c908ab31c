import { textAccess } from '../../i18n/vi-access';
import { TableScroll } from '../../ui/TableScroll';
import type { ProvinceChoice } from '../accounts/accounts.queries';
import type { ApiToken } from './api-tokens.queries';
import { TokenRow } from './TokenRow';

type TokensTableProps = {
  tokens: readonly ApiToken[];
  provinces: readonly ProvinceChoice[];
  /** The id of the heading that names the list. */
  labelledBy: string;
  onRevoked: (label: string) => void;
};

const t = textAccess.apiTokens.columns;
const COLUMN_COUNT = 8;

export function TokensTable({ tokens, provinces, labelledBy, onRevoked }: TokensTableProps) {
  if (tokens.length === 0) return <p className="panel__empty">{textAccess.apiTokens.empty}</p>;
  return (
    <TableScroll labelledBy={labelledBy} className="access-scroll">
      <table className="data-table access-table" data-testid="tokens-table">
        <thead>
          <tr>
            <th scope="col">{t.label}</th>
            <th scope="col">{t.role}</th>
            <th scope="col">{t.province}</th>
            <th scope="col">{t.account}</th>
            <th scope="col">{t.created}</th>
            <th scope="col">{t.expires}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.actions}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <TokenRow
              key={token.id}
              token={token}
              provinces={provinces}
              columnCount={COLUMN_COUNT}
              onRevoked={onRevoked}
            />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
