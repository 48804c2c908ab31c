// GraphQL documents of the "Tuân thủ" pages (the employer compliance workflow, seed 000); the shapes they return are
// generated (src/api/generated). Page sizes are variables: the server's cost limit counts a literal `first` as a
// multiplier, a variable not.
import { graphql } from '../../api/generated/gql';
import type { ResultOf, VariablesOf } from '../../api/graphql-client';

/** The days the cases cover, every province together: the page opens on the last of them. */
export const COMPLIANCE_DATA_RANGE_QUERY = graphql(`
  query ComplianceDataRange {
    complianceDataRange {
      from
      to
    }
  }
`);

export const COMPLIANCE_FUNNEL_QUERY = graphql(`
  query ComplianceFunnel($asOf: LocalDate!, $province: String) {
    complianceFunnel(asOf: $asOf, province: $province) {
      asOf
      province {
        code
        nameVi
      }
      cases
      overdue
      registered
      partlyRegistered
      closed
      workersRegistered
      shouldBeInspected
      synthetic
      steps {
        step
        form
        reached
        conversion
        medianDays
        doneInWindow
      }
      window {
        from
        to
        casesOpened
        conferencesHeld
        registered
        partlyRegistered
        closed
        contributionRecovered
      }
    }
  }
`);

export type ComplianceFunnel = ResultOf<typeof COMPLIANCE_FUNNEL_QUERY>['complianceFunnel'];
export type ComplianceFunnelStep = ComplianceFunnel['steps'][number];

/** One case as the lists show it: no timeline (the case page has it). */
export const COMPLIANCE_CASE_ROW_FIELDS = graphql(`
  fragment ComplianceCaseRowFields on ComplianceCase {
    id
    taxCode
    employerName
    district
    listKind
    workers
    synthetic
    province {
      code
      nameVi
    }
    next {
      step
      from
      deadline
      overdue
    }
    outcome {
      kind
      on
    }
    arrears {
      overdue
    }
  }
`);

export type ComplianceCaseRow = ResultOf<typeof COMPLIANCE_CASE_ROW_FIELDS>;

export const COMPLIANCE_CASES_QUERY = graphql(`
  query ComplianceCases(
    $asOf: LocalDate!
    $province: String
    $overdueOnly: Boolean!
    $waitingFor: ComplianceStep
    $open: Boolean
    $search: String
    $dueBy: LocalDate
    $first: Int!
    $after: String
  ) {
    complianceCases(
      asOf: $asOf
      province: $province
      overdueOnly: $overdueOnly
      waitingFor: $waitingFor
      open: $open
      search: $search
      dueBy: $dueBy
      first: $first
      after: $after
    ) {
      totalCount
      edges {
        cursor
        node {
          ...ComplianceCaseRowFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export type ComplianceCasesVariables = VariablesOf<typeof COMPLIANCE_CASES_QUERY>;
export type ComplianceCaseConnection = ResultOf<typeof COMPLIANCE_CASES_QUERY>['complianceCases'];

/** Everything the case page shows, and what the two mutations answer with. */
export const COMPLIANCE_CASE_FIELDS = graphql(`
  fragment ComplianceCaseFields on ComplianceCase {
    id
    taxCode
    employerName
    address
    district
    listKind
    workers
    listings
    openedOn
    synthetic
    province {
      code
      nameVi
    }
    next {
      step
      from
      deadline
      overdue
    }
    steps {
      step
      on
      form
      document
      deadline
      daysLate
    }
    outcome {
      kind
      on
      workersRegistered
      contributionRecovered
      document
    }
    arrears {
      employerId
      overdue
      bucket
      oldestOverdueMonth
    }
  }
`);

export type ComplianceCase = ResultOf<typeof COMPLIANCE_CASE_FIELDS>;
export type ComplianceCaseStep = ComplianceCase['steps'][number];

/** asOf null: today, as the server counts it. */
export const COMPLIANCE_CASE_QUERY = graphql(`
  query ComplianceCase($id: ID!, $asOf: LocalDate) {
    complianceCase(id: $id, asOf: $asOf) {
      ...ComplianceCaseFields
    }
  }
`);

export const RECORD_COMPLIANCE_STEP_MUTATION = graphql(`
  mutation RecordComplianceStep($caseId: ID!, $step: ComplianceStep!, $on: LocalDate!, $document: String) {
    recordComplianceStep(caseId: $caseId, step: $step, on: $on, document: $document) {
      ...ComplianceCaseFields
    }
  }
`);

export type RecordStepVariables = VariablesOf<typeof RECORD_COMPLIANCE_STEP_MUTATION>;

export const RECORD_COMPLIANCE_OUTCOME_MUTATION = graphql(`
  mutation RecordComplianceOutcome(
    $caseId: ID!
    $outcome: ComplianceOutcome!
    $on: LocalDate!
    $workersRegistered: Int!
    $contributionRecovered: Float!
    $document: String
  ) {
    recordComplianceOutcome(
      caseId: $caseId
      outcome: $outcome
      on: $on
      workersRegistered: $workersRegistered
      contributionRecovered: $contributionRecovered
      document: $document
    ) {
      ...ComplianceCaseFields
    }
  }
`);

export type RecordOutcomeVariables = VariablesOf<typeof RECORD_COMPLIANCE_OUTCOME_MUTATION>;

/** The employers owing three months or more without an open case at the inspection stage (nên kiểm tra). */
export const EMPLOYERS_TO_INSPECT_QUERY = graphql(`
  query EmployersToInspect($province: String!, $asOf: LocalDate, $first: Int!, $after: String) {
    employersInArrears(province: $province, asOf: $asOf, toInspect: true, first: $first, after: $after) {
      totalCount
      totalOverdue
      edges {
        cursor
        node {
          employer {
            id
            taxCode
            name
            district
            synthetic
          }
          overdue
          oldestOverdueMonth
          ageMonths
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export type EmployersToInspectConnection = ResultOf<typeof EMPLOYERS_TO_INSPECT_QUERY>['employersInArrears'];
export type EmployerToInspect = EmployersToInspectConnection['edges'][number]['node'];

export const REPORT_08KT_FIGURES_FIELDS = graphql(`
  fragment Report08ktFiguresFields on Report08ktFigures {
    employersListed
    workersListed
    noticesSent
    conferencesHeld
    employersAtConferences
    inspectionsDone
    specialisedInspections
    policeReferrals
    employersRegistered
    workersRegistered
    contributionRecovered
  }
`);

/** The figures of one window of days (the fortnight, or the year to date). */
export type Report08ktFigures = ResultOf<typeof REPORT_08KT_FIGURES_FIELDS>;

export const COMPLIANCE_REPORT_08_QUERY = graphql(`
  query ComplianceReport08($reportDate: LocalDate!, $province: String) {
    complianceReport08(reportDate: $reportDate, province: $province) {
      from
      reportDate
      yearFrom
      synthetic
      rows {
        province {
          code
          nameVi
        }
        overdue
        period {
          ...Report08ktFiguresFields
        }
        yearToDate {
          ...Report08ktFiguresFields
        }
      }
    }
  }
`);

export type Report08kt = ResultOf<typeof COMPLIANCE_REPORT_08_QUERY>['complianceReport08'];
export type Report08ktRow = Report08kt['rows'][number];

export const COMPLIANCE_REPORT_OFFER_QUERY = graphql(`
  query ComplianceReportOffer($planId: String!, $province: String!, $reportDate: LocalDate!) {
    complianceReportOffer(planId: $planId, province: $province, reportDate: $reportDate) {
      planId
      from
      reportDate
      synthetic
      province {
        code
      }
      values {
        metric
        value
      }
    }
  }
`);

export type ComplianceReportOffer = ResultOf<typeof COMPLIANCE_REPORT_OFFER_QUERY>['complianceReportOffer'];

/** A list from the tax authority (Mẫu 02a-KT, 03a-KT): the cases it opened and continued, or every problem. */
export const IMPORT_COMPLIANCE_LIST_MUTATION = graphql(`
  mutation ImportComplianceList(
    $files: [PlanFileInput!]!
    $kind: ComplianceListKind!
    $receivedOn: LocalDate!
    $enteredOn: LocalDate
  ) {
    importComplianceList(files: $files, kind: $kind, receivedOn: $receivedOn, enteredOn: $enteredOn) {
      __typename
      ... on ComplianceListImportResult {
        rows
        casesOpened
        casesContinued
        caseIds
      }
      ... on ImportRefusal {
        ...ImportRefusalFields
      }
    }
  }
`);

export type ComplianceListImportOutcome = ResultOf<typeof IMPORT_COMPLIANCE_LIST_MUTATION>['importComplianceList'];
export type ComplianceListImportResult = Extract<
  ComplianceListImportOutcome,
  { __typename: 'ComplianceListImportResult' }
>;

/** Steps and outcomes of cases in bulk: how many were recorded, or every problem. */
export const IMPORT_COMPLIANCE_STEPS_MUTATION = graphql(`
  mutation ImportComplianceSteps($files: [PlanFileInput!]!) {
    importComplianceSteps(files: $files) {
      __typename
      ... on ComplianceStepsImportResult {
        steps
        outcomes
        cases
      }
      ... on ImportRefusal {
        ...ImportRefusalFields
      }
    }
  }
`);

export type ComplianceStepsImportOutcome = ResultOf<typeof IMPORT_COMPLIANCE_STEPS_MUTATION>['importComplianceSteps'];
