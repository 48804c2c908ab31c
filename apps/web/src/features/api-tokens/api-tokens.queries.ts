// GraphQL documents of the API tokens page and the shapes they return.
import type { ProvinceChoice } from '../accounts/accounts.queries';
import type { GraphQLRole } from '../accounts/roles';

const API_TOKEN_FIELDS = /* GraphQL */ `
  id
  label
  role
  provinceCode
  accountLogin
  createdAt
  createdBy
  expiresAt
  revokedAt
  active
`;

/** A token as listed: never the token itself, which is shown once when it is made. */
export type ApiToken = {
  /** Public id (the part after "bhxh_"), used to revoke it. */
  id: string;
  label: string;
  role: GraphQLRole;
  provinceCode: string | null;
  /** The account it acts for; null for a script token. */
  accountLogin: string | null;
  createdAt: string;
  createdBy: string;
  expiresAt: string;
  revokedAt: string | null;
  /** Neither revoked nor expired. */
  active: boolean;
};

export const API_TOKENS_QUERY = /* GraphQL */ `
  query ApiTokens($all: Boolean!) {
    apiTokens(all: $all) {
      ${API_TOKEN_FIELDS}
    }
    provinces {
      code
      nameVi
    }
  }
`;

export type ApiTokensVariables = { all: boolean };
export type ApiTokensData = { apiTokens: ApiToken[]; provinces: ProvinceChoice[] };

/** The accounts a data officer may make a token for. */
export const TOKEN_ACCOUNTS_QUERY = /* GraphQL */ `
  query TokenAccounts {
    accounts {
      login
      displayName
      role
      provinceCode
      disabled
    }
  }
`;

export type TokenAccount = {
  login: string;
  displayName: string;
  role: GraphQLRole;
  provinceCode: string | null;
  disabled: boolean;
};
export type TokenAccountsData = { accounts: TokenAccount[] };

export const CREATE_API_TOKEN_MUTATION = /* GraphQL */ `
  mutation CreateApiToken(
    $label: String!
    $expiresInDays: Int
    $role: Role
    $provinceCode: String
    $forLogin: String
  ) {
    createApiToken(
      label: $label
      expiresInDays: $expiresInDays
      role: $role
      provinceCode: $provinceCode
      forLogin: $forLogin
    ) {
      token
      apiToken {
        ${API_TOKEN_FIELDS}
      }
    }
  }
`;

/** role null: the role of the account it is for; forLogin null: one's own account. */
export type CreateApiTokenVariables = {
  label: string;
  expiresInDays: number;
  role: GraphQLRole | null;
  provinceCode: string | null;
  forLogin: string | null;
};
export type CreatedApiToken = { token: string; apiToken: ApiToken };
export type CreateApiTokenData = { createApiToken: CreatedApiToken };

export const REVOKE_API_TOKEN_MUTATION = /* GraphQL */ `
  mutation RevokeApiToken($id: String!) {
    revokeApiToken(id: $id) {
      ${API_TOKEN_FIELDS}
    }
  }
`;

export type RevokeApiTokenVariables = { id: string };
export type RevokeApiTokenData = { revokeApiToken: ApiToken };
