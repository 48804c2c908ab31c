// GraphQL documents of the API tokens page; the shapes they return are generated (src/api/generated).
import { graphql } from '../../api/generated/gql';
import type { ResultOf, VariablesOf } from '../../api/graphql-client';

export const API_TOKEN_FIELDS = graphql(`
  fragment ApiTokenFields on ApiToken {
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
  }
`);

/** A token as listed: never the token itself, which is shown once when it is made. */
export type ApiToken = ResultOf<typeof API_TOKEN_FIELDS>;

export const API_TOKENS_QUERY = graphql(`
  query ApiTokens($all: Boolean!) {
    apiTokens(all: $all) {
      ...ApiTokenFields
    }
    provinces {
      code
      nameVi
    }
  }
`);

/** The accounts a data officer may make a token for. */
export const TOKEN_ACCOUNTS_QUERY = graphql(`
  query TokenAccounts {
    accounts {
      login
      displayName
      role
      provinceCode
      disabled
    }
  }
`);

export type TokenAccount = ResultOf<typeof TOKEN_ACCOUNTS_QUERY>['accounts'][number];

/** role null: the role of the account it is for; forLogin null: one's own account. */
export const CREATE_API_TOKEN_MUTATION = graphql(`
  mutation CreateApiToken($label: String!, $expiresInDays: Int, $role: Role, $provinceCode: String, $forLogin: String) {
    createApiToken(
      label: $label
      expiresInDays: $expiresInDays
      role: $role
      provinceCode: $provinceCode
      forLogin: $forLogin
    ) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

export type CreateApiTokenVariables = VariablesOf<typeof CREATE_API_TOKEN_MUTATION>;
export type CreatedApiToken = ResultOf<typeof CREATE_API_TOKEN_MUTATION>['createApiToken'];

export const REVOKE_API_TOKEN_MUTATION = graphql(`
  mutation RevokeApiToken($id: String!) {
    revokeApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
`);
