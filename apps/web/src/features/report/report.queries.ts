// GraphQL documents of the report form; the shapes they return are generated (src/api/generated).
import { graphql } from '../../api/generated/gql';
import type { ResultOf, VariablesOf } from '../../api/graphql-client';

export type { ReportValueInput } from '../../api/generated/graphql';

/**
 * What the form shows beside each box: the period target and the figure in force for the report date
 * (`current`), and the one in force the day before it (`previous`, left out at the period start).
 */
export const REPORT_REFERENCE_QUERY = graphql(`
  query ReportReference(
    $planId: String!
    $province: String!
    $asOf: LocalDate!
    $previousAsOf: LocalDate!
    $hasPrevious: Boolean!
  ) {
    current: provinceScorecard(planId: $planId, province: $province, asOf: $asOf) {
      metric
      target
      actual
      reportDate
      synthetic
    }
    previous: provinceScorecard(planId: $planId, province: $province, asOf: $previousAsOf) @include(if: $hasPrevious) {
      metric
      actual
      reportDate
      synthetic
    }
  }
`);

export type ReportReferenceVariables = VariablesOf<typeof REPORT_REFERENCE_QUERY>;
export type ReportReferenceData = ResultOf<typeof REPORT_REFERENCE_QUERY>;

/** The sender is the signed-in caller: the server records who sent it from the session. */
export const SUBMIT_REPORT_MUTATION = graphql(`
  mutation SubmitReport($planId: String!, $province: String!, $reportDate: LocalDate!, $values: [ReportValueInput!]!) {
    submitReport(planId: $planId, province: $province, reportDate: $reportDate, values: $values) {
      __typename
      ... on ActualImportResult {
        planId
        rowsStored
        rowsUnchanged
        alreadyImported
        submissionId
        state
        approvalRequired
        warnings {
          ...DataQualityWarningFields
        }
      }
      ... on ImportRefusal {
        ...ImportRefusalFields
      }
    }
  }
`);

export type SubmitReportVariables = VariablesOf<typeof SUBMIT_REPORT_MUTATION>;
/** What was stored (state PENDING until approved: pending figures do not count yet), or the refusal. */
export type ReportOutcome = ResultOf<typeof SUBMIT_REPORT_MUTATION>['submitReport'];
export type ActualImportResult = Extract<ReportOutcome, { __typename: 'ActualImportResult' }>;
