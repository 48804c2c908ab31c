import type { Metric } from '../../api/fields';
import type { ResultOf } from '../../api/graphql-client';
import { isForbidden, refusalProblems } from '../../api/import-problems';
import type { MutationState } from '../../api/useOperationMutation';
import { text } from '../../i18n/vi';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { PlanImportProblems } from './PlanImportProblems';
import { PlanImportResultView } from './PlanImportResultView';
import type { IMPORT_PLAN_MUTATION } from './plans.queries';
import type { PlanChoice } from './plans-params';

type PlanImportOutcomeProps = {
  state: MutationState<ResultOf<typeof IMPORT_PLAN_MUTATION>>;
  metrics: readonly Metric[];
  onShow: (choice: PlanChoice) => void;
};

const t = text.plans.import;

export function PlanImportOutcome({ state, metrics, onShow }: PlanImportOutcomeProps) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'running':
      return <LoadingState label={t.running} />;
    case 'done': {
      const outcome = state.data.importPlan;
      // A refusal is an answer too: every problem of the files, and nothing stored.
      if (outcome.__typename === 'ImportRefusal') return <PlanImportProblems problems={refusalProblems(outcome)} />;
      return <PlanImportResultView result={outcome} metrics={metrics} onShow={onShow} />;
    }
    case 'failed': {
      return (
        <ErrorPanel
          title={t.failedTitle}
          error={state.error}
          message={isForbidden(state.error) ? t.forbidden : undefined}
        />
      );
    }
  }
}
