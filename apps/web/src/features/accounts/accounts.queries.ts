// GraphQL documents of the accounts page; the shapes they return are generated (src/api/generated).
import { graphql } from '../../api/generated/gql';
import type { ResultOf } from '../../api/graphql-client';

export const ACCOUNT_FIELDS = graphql(`
  fragment AccountFields on Account {
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
  }
`);

/** An account as listed: never its password, only whether one is set. */
export type Account = ResultOf<typeof ACCOUNT_FIELDS>;

export const ACCOUNTS_QUERY = graphql(`
  query Accounts {
    accounts {
      ...AccountFields
    }
    provinces {
      code
      nameVi
    }
  }
`);

/** A province as the access pages offer it: its code and Vietnamese name. */
export type ProvinceChoice = ResultOf<typeof ACCOUNTS_QUERY>['provinces'][number];

export const CREATE_ACCOUNT_MUTATION = graphql(`
  mutation CreateAccount($login: String!, $displayName: String!, $role: Role!, $provinceCode: String) {
    createAccount(login: $login, displayName: $displayName, role: $role, provinceCode: $provinceCode) {
      account {
        ...AccountFields
      }
      signInLink
      linkExpiresAt
    }
  }
`);

/** A new account, or one whose password was reset, with its one-time sign-in link. */
export type AccountWithLink = ResultOf<typeof CREATE_ACCOUNT_MUTATION>['createAccount'];

/** Left-out fields stay as they are; provinceCode null clears the province (with a headquarters role). */
export const UPDATE_ACCOUNT_MUTATION = graphql(`
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
      ...AccountFields
    }
  }
`);

export const RESET_PASSWORD_MUTATION = graphql(`
  mutation ResetPassword($login: String!) {
    resetPassword(login: $login) {
      account {
        ...AccountFields
      }
      signInLink
      linkExpiresAt
    }
  }
`);
