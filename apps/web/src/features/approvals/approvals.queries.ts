// GraphQL documents of the approvals page and the shapes they return.
import type { ApprovalRequirement, ApprovalState } from '@scorecard/domain';
import { DATA_QUALITY_WARNING_FIELDS } from '../../api/fields';
import type { DataQualityWarning, IsoDate, Province } from '../../api/graphql-types';

export type { ApprovalRequirement, ApprovalState };

export const REPORT_SUBMISSIONS_QUERY = /* GraphQL */ `
  query ReportSubmissions($planId: String!, $state: ApprovalState, $province: String, $first: Int!) {
    reportSubmissions(planId: $planId, state: $state, province: $province, first: $first) {
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
        ${DATA_QUALITY_WARNING_FIELDS}
      }
    }
  }
`;

export type ReportFigure = { provinceCode: string; metric: string; reportDate: IsoDate; value: number };

export type ReportSubmission = {
  id: string;
  planId: string;
  /** Null for a file import, which spans provinces. */
  province: Pick<Province, 'code' | 'nameVi'> | null;
  source: string;
  /** Vietnam time, YYYY-MM-DDTHH:MM:SS. */
  submittedAt: string;
  submittedBy: string;
  /** The sender's role as the domain spells it, e.g. "officer". */
  submittedByRole: string;
  state: ApprovalState;
  approvalRequired: ApprovalRequirement;
  decidedAt: string | null;
  decidedBy: string | null;
  reason: string | null;
  /** Whether the signed-in caller may approve or reject it now. */
  canDecide: boolean;
  figures: ReportFigure[];
  warnings: DataQualityWarning[];
};

export type ReportSubmissionsVariables = {
  planId: string;
  state: ApprovalState | null;
  province: string | null;
  first: number;
};
export type ReportSubmissionsData = { reportSubmissions: ReportSubmission[] };

const DECISION_FIELDS = /* GraphQL */ `
  id
  state
  decidedAt
  decidedBy
  reason
`;

export const APPROVE_REPORT_MUTATION = /* GraphQL */ `
  mutation ApproveReport($id: ID!) {
    approveReport(id: $id) {
      ${DECISION_FIELDS}
    }
  }
`;

export const REJECT_REPORT_MUTATION = /* GraphQL */ `
  mutation RejectReport($id: ID!, $reason: String!) {
    rejectReport(id: $id, reason: $reason) {
      ${DECISION_FIELDS}
    }
  }
`;

export type Decision = Pick<ReportSubmission, 'id' | 'state' | 'decidedAt' | 'decidedBy' | 'reason'>;
export type ApproveReportVariables = { id: string };
export type ApproveReportData = { approveReport: Decision };
export type RejectReportVariables = { id: string; reason: string };
export type RejectReportData = { rejectReport: Decision };
