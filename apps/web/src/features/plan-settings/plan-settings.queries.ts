// GraphQL documents of "Cài đặt kế hoạch"; the shapes they return are generated (src/api/generated).
import { graphql } from '../../api/generated/gql';
import type { ResultOf } from '../../api/graphql-client';

export type { PlanSettingsInput } from '../../api/generated/graphql';

export const PLAN_SETTINGS_REFERENCE_QUERY = graphql(`
  query PlanSettingsReference {
    plans {
      id
      title
      synthetic
    }
    metrics {
      key
      shortLabelVi
      shortLabelEn
    }
  }
`);

export type SettingsMetric = ResultOf<typeof PLAN_SETTINGS_REFERENCE_QUERY>['metrics'][number];

export const PLAN_SETTINGS_FIELDS = graphql(`
  fragment PlanSettingsFields on PlanSettings {
    planId
    version
    onTrack
    atRisk
    latePaymentAtRisk
    compositeCap
    latePaymentReference
    weights {
      metric
      weight
    }
    setAt
    setBy
    note
  }
`);

/** One version of a plan's settings; version 0 is the defaults (setAt and setBy null). */
export type PlanSettingsVersion = ResultOf<typeof PLAN_SETTINGS_FIELDS>;

export const PLAN_SETTINGS_QUERY = graphql(`
  query PlanSettings($planId: String!) {
    planSettings(planId: $planId) {
      ...PlanSettingsFields
    }
    planSettingsHistory(planId: $planId) {
      ...PlanSettingsFields
    }
  }
`);

export const SET_PLAN_SETTINGS_MUTATION = graphql(`
  mutation SetPlanSettings($planId: String!, $settings: PlanSettingsInput!) {
    setPlanSettings(planId: $planId, settings: $settings) {
      ...PlanSettingsFields
    }
  }
`);
