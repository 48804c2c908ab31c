// GraphQL documents of "Ngưỡng cảnh báo" (docs/alerts.md "Thresholds"): the thresholds of a scope (a plan, or
// agency-wide when planId is null) with their history, a new version of them, and the delivery log. The shapes they
// return are generated (src/api/generated).
import { graphql } from '../../api/generated/gql';
import type { ResultOf, VariablesOf } from '../../api/graphql-client';

export const ALERT_THRESHOLDS_FIELDS = graphql(`
  fragment AlertThresholdsFields on AlertThresholds {
    planId
    version
    rankDrop
    paceMultiple
    latePaymentRatio
    approvalWaitDays
    inherited
    setAt
    setBy
    note
  }
`);

/** The thresholds in force for a scope, with the fields taken from above (agency-wide, else the defaults). */
export type ThresholdsInForce = ResultOf<typeof ALERT_THRESHOLDS_FIELDS>;

export const ALERT_THRESHOLDS_QUERY = graphql(`
  query AlertThresholds($planId: String) {
    alertThresholds(planId: $planId) {
      ...AlertThresholdsFields
    }
    alertThresholdHistory(planId: $planId) {
      version
      rankDrop
      paceMultiple
      latePaymentRatio
      approvalWaitDays
      setAt
      setBy
      note
    }
  }
`);

/** One stored version as set: null where the scope takes the value from above. */
export type ThresholdVersion = ResultOf<typeof ALERT_THRESHOLDS_QUERY>['alertThresholdHistory'][number];

export const SET_ALERT_THRESHOLDS_MUTATION = graphql(`
  mutation SetAlertThresholds(
    $note: String!
    $planId: String
    $rankDrop: Int
    $paceMultiple: Float
    $latePaymentRatio: Float
    $approvalWaitDays: Int
  ) {
    setAlertThresholds(
      note: $note
      planId: $planId
      rankDrop: $rankDrop
      paceMultiple: $paceMultiple
      latePaymentRatio: $latePaymentRatio
      approvalWaitDays: $approvalWaitDays
    ) {
      ...AlertThresholdsFields
    }
  }
`);

export type SetThresholdsVariables = VariablesOf<typeof SET_ALERT_THRESHOLDS_MUTATION>;

/** The delivery log: e-mail digests and webhook posts, newest first, a page at a time. */
export const ALERT_MESSAGES_QUERY = graphql(`
  query AlertMessages($first: Int!, $offset: Int!) {
    alertMessages(first: $first, offset: $offset) {
      id
      channel
      recipient
      address
      slot
      subject
      alertCount
      state
      stateAt
      detail
      attempts
    }
  }
`);

export type AlertMessage = ResultOf<typeof ALERT_MESSAGES_QUERY>['alertMessages'][number];
