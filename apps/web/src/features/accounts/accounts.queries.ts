// GraphQL documents of the accounts page and the shapes they return.
import type { Province } from '../../api/graphql-types';
import type { GraphQLRole } from './roles';

const ACCOUNT_FIELDS = /* GraphQL */ `
  login
  displayName
  role
  provinceCode
  kind
  passwordSet
  identityProviderLinked
  disabled
  lockedUntil
  createdAt
  createdBy
`;

/** An account as listed: never its password, only whether one is set. */
export type Account = {
  login: string;
  displayName: string;
  role: GraphQLRole;
  provinceCode: string | null;
  /** PERSON, or DEMO (signs in without a password on a local demo only). */
  kind: string;
  passwordSet: boolean;
  identityProviderLinked: boolean;
  disabled: boolean;
  /** UTC; null when not locked. */
  lockedUntil: string | null;
  createdAt: string;
  createdBy: string;
};

export type AccountWithLink = { account: Account; signInLink: string; linkExpiresAt: string };

export type ProvinceChoice = Pick<Province, 'code' | 'nameVi'>;

export const ACCOUNTS_QUERY = /* GraphQL */ `
  query Accounts {
    accounts {
      ${ACCOUNT_FIELDS}
    }
    provinces {
      code
      nameVi
    }
  }
`;

export type AccountsData = { accounts: Account[]; provinces: ProvinceChoice[] };

export const CREATE_ACCOUNT_MUTATION = /* GraphQL */ `
  mutation CreateAccount($login: String!, $displayName: String!, $role: Role!, $provinceCode: String) {
    createAccount(login: $login, displayName: $displayName, role: $role, provinceCode: $provinceCode) {
      account {
        ${ACCOUNT_FIELDS}
      }
      signInLink
      linkExpiresAt
    }
  }
`;

export type CreateAccountVariables = {
  login: string;
  displayName: string;
  role: GraphQLRole;
  provinceCode: string | null;
};
export type CreateAccountData = { createAccount: AccountWithLink };

export const UPDATE_ACCOUNT_MUTATION = /* GraphQL */ `
  mutation UpdateAccount(
    $login: String!
    $displayName: String
    $role: Role
    $provinceCode: String
    $disabled: Boolean
  ) {
    updateAccount(
      login: $login
      displayName: $displayName
      role: $role
      provinceCode: $provinceCode
      disabled: $disabled
    ) {
      ${ACCOUNT_FIELDS}
    }
  }
`;

/** Left-out fields stay as they are; provinceCode null clears the province (with a headquarters role). */
export type UpdateAccountVariables = {
  login: string;
  displayName?: string;
  role?: GraphQLRole;
  provinceCode?: string | null;
  disabled?: boolean;
};
export type UpdateAccountData = { updateAccount: Account };

export const RESET_PASSWORD_MUTATION = /* GraphQL */ `
  mutation ResetPassword($login: String!) {
    resetPassword(login: $login) {
      account {
        ${ACCOUNT_FIELDS}
      }
      signInLink
      linkExpiresAt
    }
  }
`;

export type ResetPasswordVariables = { login: string };
export type ResetPasswordData = { resetPassword: AccountWithLink };
