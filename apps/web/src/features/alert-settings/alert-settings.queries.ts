// GraphQL documents of "Cài đặt cảnh báo" (docs/alerts.md "Each user's choices"); the shapes they return are
// generated (src/api/generated).
import { graphql } from '../../api/generated/gql';
import type { ResultOf, VariablesOf } from '../../api/graphql-client';

export type { AlertKind, DigestChoice } from '../../api/generated/graphql';

export const ALERT_SETTINGS_FIELDS = graphql(`
  fragment AlertSettingsFields on AlertSettings {
    kinds
    availableKinds
    email
    digest
    language
    emailAvailable
    version
    setAt
  }
`);

/** The caller's choices in force; version 0 (setAt null) when they never chose: every kind of their role, no e-mail. */
export type AlertSettings = ResultOf<typeof ALERT_SETTINGS_FIELDS>;

export const MY_ALERT_SETTINGS_QUERY = graphql(`
  query MyAlertSettings {
    myAlertSettings {
      ...AlertSettingsFields
    }
  }
`);

/** A new version of the caller's choices; the server refuses a digest without an address, a bad address, a kind outside the role. */
export const SET_MY_ALERT_SETTINGS_MUTATION = graphql(`
  mutation SetMyAlertSettings($kinds: [AlertKind!]!, $digest: DigestChoice!, $email: String, $language: String!) {
    setMyAlertSettings(kinds: $kinds, digest: $digest, email: $email, language: $language) {
      ...AlertSettingsFields
    }
  }
`);

export type AlertSettingsVariables = VariablesOf<typeof SET_MY_ALERT_SETTINGS_MUTATION>;
