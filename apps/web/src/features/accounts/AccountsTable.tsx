import { textAccess } from '../../i18n/vi-access';
import { TableScroll } from '../../ui/TableScroll';
import { AccountRow } from './AccountRow';
import type { Account, ProvinceChoice } from './accounts.queries';

type AccountsTableProps = {
  accounts: readonly Account[];
  provinces: readonly ProvinceChoice[];
  ownLogin: string;
  /** The id of the heading that names the list. */
  labelledBy: string;
  onChanged: (message: string) => void;
};

const t = textAccess.accounts.columns;
const COLUMN_COUNT = 7;

export function AccountsTable({ accounts, provinces, ownLogin, labelledBy, onChanged }: AccountsTableProps) {
  if (accounts.length === 0) return <p className="panel__empty">{textAccess.accounts.empty}</p>;
  return (
    <TableScroll labelledBy={labelledBy} className="access-scroll">
      <table className="data-table access-table" data-testid="accounts-table">
        <thead>
          <tr>
            <th scope="col">{t.login}</th>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.role}</th>
            <th scope="col">{t.province}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.created}</th>
            <th scope="col">{t.actions}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <AccountRow
              key={account.login}
              account={account}
              provinces={provinces}
              isOwn={account.login === ownLogin}
              columnCount={COLUMN_COUNT}
              onChanged={onChanged}
            />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
