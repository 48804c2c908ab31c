// GraphQL documents of the approvals page; the shapes they return are generated (src/api/generated).
import { graphql } from '../../api/generated/gql';
import type { ApprovalState } from '../../api/generated/graphql';
import type { ResultOf, VariablesOf } from '../../api/graphql-client';

export type { ApprovalState };

export const REPORT_SUBMISSIONS_QUERY = graphql(`
  query ReportSubmissions($planId: String!, $state: ApprovalState, $province: String, $first: Int!) {
    reportSubmissions(planId: $planId, state: $state, province: $province, first: $first) {
      edges {
        node {
          id
          planId
          province {
            code
            nameVi
          }
          source
          submittedAt
          submittedBy
          submittedByRole
          state
          approvalRequired
          decidedAt
          decidedBy
          reason
          canDecide
          figures {
            provinceCode
            metric
            reportDate
            value
          }
          warnings {
            ...DataQualityWarningFields
          }
        }
      }
    }
  }
`);

export type ReportSubmissionsVariables = VariablesOf<typeof REPORT_SUBMISSIONS_QUERY>;
/** A submitted report; province is null for a file import, which spans provinces. */
export type ReportSubmission = ResultOf<typeof REPORT_SUBMISSIONS_QUERY>['reportSubmissions']['edges'][number]['node'];
export type ReportFigure = ReportSubmission['figures'][number];

// What both decisions answer: the submission's new state.
graphql(`
  fragment DecisionFields on ReportSubmission {
    id
    state
    decidedAt
    decidedBy
    reason
  }
`);

export const APPROVE_REPORT_MUTATION = graphql(`
  mutation ApproveReport($id: ID!) {
    approveReport(id: $id) {
      ...DecisionFields
    }
  }
`);

export const REJECT_REPORT_MUTATION = graphql(`
  mutation RejectReport($id: ID!, $reason: String!) {
    rejectReport(id: $id, reason: $reason) {
      ...DecisionFields
    }
  }
`);
