// GraphQL documents of the report form and the shapes they return.
import { DATA_QUALITY_WARNING_FIELDS } from '../../api/fields';
import type { ActualImportResult, IsoDate, ProvinceAttainment, ReportValueInput } from '../../api/graphql-types';

/**
 * What the form shows beside each box: the period target and the figure in force for the report date
 * (`current`), and the one in force the day before it (`previous`, left out at the period start).
 */
export const REPORT_REFERENCE_QUERY = /* GraphQL */ `
  query ReportReference(
    $planId: String!
    $province: String!
    $asOf: String!
    $previousAsOf: String!
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
`;

export type ReportReferenceVariables = {
  planId: string;
  province: string;
  asOf: IsoDate;
  previousAsOf: IsoDate;
  hasPrevious: boolean;
};

type ReferenceRow = Pick<ProvinceAttainment, 'metric' | 'actual' | 'reportDate' | 'synthetic'>;
export type ReportReferenceData = {
  current: Array<ReferenceRow & Pick<ProvinceAttainment, 'target'>>;
  previous?: ReferenceRow[];
};

export const SUBMIT_REPORT_MUTATION = /* GraphQL */ `
  mutation SubmitReport($planId: String!, $province: String!, $reportDate: String!, $values: [ReportValueInput!]!) {
    submitReport(planId: $planId, province: $province, reportDate: $reportDate, values: $values) {
      planId
      rowsStored
      rowsUnchanged
      alreadyImported
      submissionId
      state
      approvalRequired
      warnings {
        ${DATA_QUALITY_WARNING_FIELDS}
      }
    }
  }
`;

/** The sender is the signed-in caller: the server records who sent it from the session. */
export type SubmitReportVariables = {
  planId: string;
  province: string;
  reportDate: IsoDate;
  values: ReportValueInput[];
};
export type SubmitReportData = { submitReport: ActualImportResult };

/** The actuals import refused the report: extensions.problems lists why. */
export const ACTUAL_IMPORT_INVALID = 'ACTUAL_IMPORT_INVALID';
