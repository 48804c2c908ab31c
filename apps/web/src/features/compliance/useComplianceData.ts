// The compliance pages' requests, each cached under its operation's name and variables (api/query-client.ts).
import { useCallback } from 'react';
import { graphqlRequest } from '../../api/graphql-client';
import { operationName } from '../../api/query-client';
import type { IsoDate } from '../../api/scalars';
import { useOperationMutation } from '../../api/useOperationMutation';
import { useOperationQuery, useQueryState } from '../../api/useOperationQuery';
import { usePagedConnection } from '../../api/usePagedConnection';
import { toPlanFileInputs } from '../plans/plan-import';
import {
  COMPLIANCE_CASE_QUERY,
  COMPLIANCE_CASES_QUERY,
  COMPLIANCE_DATA_RANGE_QUERY,
  COMPLIANCE_FUNNEL_QUERY,
  COMPLIANCE_REPORT_08_QUERY,
  COMPLIANCE_REPORT_OFFER_QUERY,
  EMPLOYERS_TO_INSPECT_QUERY,
  IMPORT_COMPLIANCE_LIST_MUTATION,
  IMPORT_COMPLIANCE_STEPS_MUTATION,
  RECORD_COMPLIANCE_OUTCOME_MUTATION,
  RECORD_COMPLIANCE_STEP_MUTATION,
  type ComplianceCaseConnection,
  type ComplianceCaseRow,
  type ComplianceCasesVariables,
  type EmployerToInspect,
} from './compliance.queries';
import type { ListImportRequest } from './import/compliance-import';
import { QUEUE_LIMIT, QUEUE_PAGE_SIZE } from './work-queue';

/** The page size of the lists; "Xem thêm" asks for the next one. */
export const CASES_PAGE_SIZE = 50;

const NO_VARIABLES = {};

/** The days the cases cover, every province together. */
export function useComplianceDataRange() {
  return useOperationQuery(COMPLIANCE_DATA_RANGE_QUERY, NO_VARIABLES);
}

export function useComplianceFunnel(asOf: IsoDate, province: string | null) {
  return useOperationQuery(COMPLIANCE_FUNNEL_QUERY, { asOf, province });
}

export type CasesFilter = Omit<ComplianceCasesVariables, 'first' | 'after'>;

export function useComplianceCases(filter: CasesFilter) {
  return usePagedConnection<ComplianceCaseRow>({
    queryKey: [operationName(COMPLIANCE_CASES_QUERY), filter],
    fetchPage: (after, signal) =>
      graphqlRequest(COMPLIANCE_CASES_QUERY, { ...filter, first: CASES_PAGE_SIZE, after }, { signal }).then(
        (data) => data.complianceCases,
      ),
    rowKey: (row) => row.id,
  });
}

export type WorkQueue = { rows: ComplianceCaseRow[]; totalCount: number };

/**
 * Every open case due by `dueBy` (up to QUEUE_LIMIT), page after page in one request chain: the queue is sorted
 * by deadline on the page, so it needs them all.
 */
export function useWorkQueue(asOf: IsoDate, province: string | null, dueBy: IsoDate) {
  const filter: CasesFilter = { asOf, province, dueBy, open: true, overdueOnly: false };
  return useQueryState<WorkQueue>({
    queryKey: [operationName(COMPLIANCE_CASES_QUERY), 'queue', filter],
    queryFn: async ({ signal }) => {
      const rows: ComplianceCaseRow[] = [];
      let after: string | null = null;
      let page: ComplianceCaseConnection;
      do {
        page = (await graphqlRequest(COMPLIANCE_CASES_QUERY, { ...filter, first: QUEUE_PAGE_SIZE, after }, { signal }))
          .complianceCases;
        rows.push(...page.edges.map((edge) => edge.node));
        after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
      } while (after !== null && rows.length < QUEUE_LIMIT);
      return { rows, totalCount: page.totalCount };
    },
  });
}

export function useEmployersToInspect(province: string, asOf: IsoDate) {
  const filter = { province, asOf };
  return usePagedConnection<EmployerToInspect>({
    queryKey: [operationName(EMPLOYERS_TO_INSPECT_QUERY), filter],
    fetchPage: (after, signal) =>
      graphqlRequest(EMPLOYERS_TO_INSPECT_QUERY, { ...filter, first: CASES_PAGE_SIZE, after }, { signal }).then(
        (data) => data.employersInArrears,
      ),
    rowKey: (row) => row.employer.id,
  });
}

export function useReport08(reportDate: IsoDate, province: string | null) {
  return useOperationQuery(COMPLIANCE_REPORT_08_QUERY, { reportDate, province });
}

export function useReportOffer(planId: string, province: string, reportDate: IsoDate) {
  return useOperationQuery(COMPLIANCE_REPORT_OFFER_QUERY, { planId, province, reportDate });
}

/** asOf null: the case as of today. */
export function useComplianceCase(id: string, asOf: IsoDate | null) {
  return useOperationQuery(COMPLIANCE_CASE_QUERY, { id, asOf });
}

export function useRecordStep() {
  return useOperationMutation(RECORD_COMPLIANCE_STEP_MUTATION);
}

export function useRecordOutcome() {
  return useOperationMutation(RECORD_COMPLIANCE_OUTCOME_MUTATION);
}

/** Reads the list in the browser as base64 (as the plan import does) and sends it with importComplianceList. */
export function useImportComplianceList() {
  const { state, run, reset } = useOperationMutation(IMPORT_COMPLIANCE_LIST_MUTATION);
  const submit = useCallback(
    ({ files, ...request }: ListImportRequest<File>) =>
      run(async () => ({ ...request, files: await toPlanFileInputs(files) })),
    [run],
  );
  return { state, submit, reset };
}

/** Reads the file of steps and outcomes as base64 and sends it with importComplianceSteps. */
export function useImportComplianceSteps() {
  const { state, run, reset } = useOperationMutation(IMPORT_COMPLIANCE_STEPS_MUTATION);
  const submit = useCallback(
    (files: readonly File[]) => run(async () => ({ files: await toPlanFileInputs(files) })),
    [run],
  );
  return { state, submit, reset };
}
