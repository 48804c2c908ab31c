// GraphQL documents of the Kế hoạch page; the shapes they return are generated (src/api/generated).
import { graphql } from '../../api/generated/gql';
import type { ResultOf } from '../../api/graphql-client';

export type { PlanFileInput } from '../../api/generated/graphql';

export const PLANS_QUERY = graphql(`
  query Plans {
    plans {
      ...PlanFields
      issuer
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
      ...MetricFields
    }
  }
`);

/** A plan as the Kế hoạch page lists it: with its issuer and stored versions (oldest first). */
export type PlanWithVersions = ResultOf<typeof PLANS_QUERY>['plans'][number];
/** One stored version of a plan's published tables; source: the files it was read from, comma-separated. */
export type PlanVersion = PlanWithVersions['versions'][number];

export const RECONCILIATION_FIELDS = graphql(`
  fragment ReconciliationFields on PlanReconciliation {
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
  }
`);

export type PlanReconciliation = ResultOf<typeof RECONCILIATION_FIELDS>;
/** A place where a published table disagrees with itself; the published number stays as published. */
export type ReconciliationFinding = PlanReconciliation['findings'][number];

export const PLAN_RECONCILIATION_QUERY = graphql(`
  query PlanReconciliation($planId: String!, $version: Int) {
    planReconciliation(planId: $planId, version: $version) {
      ...ReconciliationFields
    }
  }
`);

export const PLAN_TARGET_TOTALS_QUERY = graphql(`
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
`);

/** A metric's published national row beside the sum of the provinces, for the period and each month. */
export type PlanTargetTotal = ResultOf<typeof PLAN_TARGET_TOTALS_QUERY>['planTargetTotals'][number];

export const IMPORT_PLAN_MUTATION = graphql(`
  mutation ImportPlan($planId: String, $files: [PlanFileInput!]!, $dryRun: Boolean) {
    importPlan(planId: $planId, files: $files, dryRun: $dryRun) {
      __typename
      ... on PlanImportResult {
        planId
        version
        created
        dryRun
        reconciliation {
          ...ReconciliationFields
        }
      }
      ... on ImportRefusal {
        ...ImportRefusalFields
      }
    }
  }
`);

/** The version stored (or found stored, or checked only: dryRun), or the refusal with every problem. */
export type PlanImportOutcome = ResultOf<typeof IMPORT_PLAN_MUTATION>['importPlan'];
export type PlanImportResult = Extract<PlanImportOutcome, { __typename: 'PlanImportResult' }>;
