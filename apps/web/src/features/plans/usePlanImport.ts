import { useCallback } from 'react';
import { useOperationMutation } from '../../api/useOperationMutation';
import { IMPORT_PLAN_MUTATION } from './plans.queries';
import { toPlanFileInputs } from './plan-import';

export type PlanImportRequest = { planId: string | null; files: readonly File[]; dryRun: boolean };

/** Reads the files in the browser as base64 and sends them with importPlan. */
export function usePlanImport() {
  const { state, run, reset } = useOperationMutation(IMPORT_PLAN_MUTATION);
  const submit = useCallback(
    (request: PlanImportRequest) =>
      run(async () => ({
        planId: request.planId,
        dryRun: request.dryRun,
        files: await toPlanFileInputs(request.files),
      })),
    [run],
  );
  return { state, submit, reset };
}
