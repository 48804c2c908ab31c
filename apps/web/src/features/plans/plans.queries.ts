// GraphQL documents of the Kế hoạch page and the shapes they return.
import type {
  Metric,
  PlanFileInput,
  PlanImportResult,
  PlanReconciliation,
  PlanTargetTotal,
  PlanWithVersions,
} from '../../api/graphql-types';

export const PLANS_QUERY = /* GraphQL */ `
  query Plans {
    plans {
      id
      title
      issuingDocument
      issuedOn
      issuer
      periodStart
      periodEnd
      reportDates
      latestReportDateWithData
      hasSyntheticActuals
      latestVersion
      versions {
        version
        contentHash
        importedAt
        importedBy
        source
      }
    }
    metrics {
      key
      labelVi
      shortLabelVi
      labelEn
      shortLabelEn
      unit
      unitVi
      higherIsBetter
      appendix
    }
  }
`;

export type PlansData = { plans: PlanWithVersions[]; metrics: Metric[] };

const RECONCILIATION_FIELDS = /* GraphQL */ `
  planId
  version
  cellsChecked
  roundingCount
  errorCount
  findings {
    metric
    kind
    province {
      code
      nameVi
    }
    publishedName
    month
    published
    computed
    difference
    severity
    file
    line
  }
`;

export const PLAN_RECONCILIATION_QUERY = /* GraphQL */ `
  query PlanReconciliation($planId: String!, $version: Int) {
    planReconciliation(planId: $planId, version: $version) {
      ${RECONCILIATION_FIELDS}
    }
  }
`;

export type PlanVersionVariables = { planId: string; version: number | null };
export type PlanReconciliationData = { planReconciliation: PlanReconciliation };

export const PLAN_TARGET_TOTALS_QUERY = /* GraphQL */ `
  query PlanTargetTotals($planId: String!, $version: Int) {
    planTargetTotals(planId: $planId, version: $version) {
      metric
      publishedNationalTotal
      provincesTotal
      months {
        month
        publishedNational
        provinces
      }
    }
  }
`;

export type PlanTargetTotalsData = { planTargetTotals: PlanTargetTotal[] };

export const IMPORT_PLAN_MUTATION = /* GraphQL */ `
  mutation ImportPlan($planId: String, $files: [PlanFileInput!]!, $dryRun: Boolean) {
    importPlan(planId: $planId, files: $files, dryRun: $dryRun) {
      planId
      version
      created
      dryRun
      reconciliation {
        ${RECONCILIATION_FIELDS}
      }
    }
  }
`;

export type ImportPlanVariables = { planId: string | null; files: PlanFileInput[]; dryRun: boolean };
export type ImportPlanData = { importPlan: PlanImportResult };
