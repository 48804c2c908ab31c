// GraphQL documents of "Cài đặt kế hoạch" and the shapes they return.

export const PLAN_SETTINGS_REFERENCE_QUERY = /* GraphQL */ `
  query PlanSettingsReference {
    plans {
      id
      title
    }
    metrics {
      key
      shortLabelVi
      shortLabelEn
    }
  }
`;

export type SettingsPlan = { id: string; title: string };
export type SettingsMetric = { key: string; shortLabelVi: string; shortLabelEn: string };
export type PlanSettingsReferenceData = { plans: SettingsPlan[]; metrics: SettingsMetric[] };

const PLAN_SETTINGS_FIELDS = /* GraphQL */ `
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
`;

/** One version of a plan's settings; version 0 is the defaults (setAt and setBy null). */
export type PlanSettingsVersion = {
  planId: string;
  version: number;
  onTrack: number;
  atRisk: number;
  latePaymentAtRisk: number;
  compositeCap: number;
  latePaymentReference: number;
  weights: { metric: string; weight: number }[];
  setAt: string | null;
  setBy: string | null;
  note: string;
};

export const PLAN_SETTINGS_QUERY = /* GraphQL */ `
  query PlanSettings($planId: String!) {
    planSettings(planId: $planId) {
      ${PLAN_SETTINGS_FIELDS}
    }
    planSettingsHistory(planId: $planId) {
      ${PLAN_SETTINGS_FIELDS}
    }
  }
`;

export type PlanSettingsVariables = { planId: string };
export type PlanSettingsData = { planSettings: PlanSettingsVersion; planSettingsHistory: PlanSettingsVersion[] };

export const SET_PLAN_SETTINGS_MUTATION = /* GraphQL */ `
  mutation SetPlanSettings($planId: String!, $settings: PlanSettingsInput!) {
    setPlanSettings(planId: $planId, settings: $settings) {
      ${PLAN_SETTINGS_FIELDS}
    }
  }
`;

export type PlanSettingsInput = {
  onTrack: number;
  atRisk: number;
  latePaymentAtRisk: number;
  compositeCap: number;
  latePaymentReference: number;
  weights: { metric: string; weight: number }[];
  note: string;
};
export type SetPlanSettingsVariables = { planId: string; settings: PlanSettingsInput };
export type SetPlanSettingsData = { setPlanSettings: PlanSettingsVersion };
